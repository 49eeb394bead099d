package dev.actionkit.tools;

import java.util.List;

/**
 * A model's tool call that was not sent to ActionKit: the tool is unknown, the arguments are not
 * a JSON object, or they break the action's schema. The message lists every problem in words a
 * model can act on, so it can be handed back to the model as the tool's result.
 */
public final class ToolCallRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String toolName;
    private final List<String> violations;

    ToolCallRejectedException(String toolName, List<String> violations) {
        super(describe(toolName, violations));
        this.toolName = toolName;
        this.violations = List.copyOf(violations);
    }

    private static String describe(String toolName, List<String> violations) {
        StringBuilder text = new StringBuilder("The call to tool ").append(toolName)
                .append(" was not run, nothing was sent. Fix the following and call it again:");
        violations.forEach(violation -> text.append("\n- ").append(violation));
        return text.toString();
    }

    /** Returns the tool name the model asked for. */
    public String toolName() {
        return toolName;
    }

    /** Returns each problem, one sentence each. */
    public List<String> violations() {
        return violations;
    }
}
