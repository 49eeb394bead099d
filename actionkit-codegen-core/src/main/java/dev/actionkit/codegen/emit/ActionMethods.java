package dev.actionkit.codegen.emit;

import dev.actionkit.codegen.model.ActionModel;
import dev.actionkit.codegen.model.ParameterModel;
import dev.actionkit.codegen.schema.JavadocText;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the four facade methods of one action: the required parameters followed by any number
 * of {@code options} (so both {@code sendMessage(channel, text)} and
 * {@code sendMessage(channel, text, o -> o.botName("x"))} call it), and the full parameter
 * object; each sync and async. The first carries the action's description and its parameters'
 * Javadoc; the others say how they differ from it. Written as text (see {@link FacadeText}): a
 * facade is thousands of such methods, and each one costs javac time in every user's build.
 */
final class ActionMethods {

    private final ActionModel action;
    private final FacadeText out;
    private final String params;
    private final List<ParameterModel> required;
    private final String optionsName;
    private final List<String> arguments;
    private final String setters;

    ActionMethods(ActionModel action, FacadeText out) {
        this.action = action;
        this.out = out;
        this.params = out.name(action.paramsClass());
        this.required = action.parameters().stream().filter(ParameterModel::required).toList();
        String options = "options";
        while (isRequiredName(options)) {
            options = options + "_";
        }
        this.optionsName = options;
        List<String> declared = new ArrayList<>(required.size() + 1);
        StringBuilder chain = new StringBuilder();
        for (ParameterModel p : required) {
            declared.add(out.name(p.type()) + " " + p.javaName());
            chain.append('.').append(p.javaName()).append('(').append(p.javaName()).append(')');
        }
        declared.add(out.name(RuntimeTypes.CONSUMER) + "<" + params + ".Builder>... " + options);
        this.arguments = List.copyOf(declared);
        this.setters = chain.toString();
    }

    private boolean isRequiredName(String name) {
        return required.stream().anyMatch(p -> p.javaName().equals(name));
    }

    /** Writes the four methods, each after a blank line. */
    void write() {
        for (boolean async : new boolean[] {false, true}) {
            out.javadoc(async ? sameAs("runs asynchronously") : fullJavadoc());
            out.line("    @" + out.name(RuntimeTypes.SAFE_VARARGS));
            out.signature("public final", returns(async), name(async), arguments);
            body(async, params + ".builder().apply(" + optionsName + ")" + setters + ".build()");
            out.javadoc(sameAs("with every parameter in {@code params}"
                    + (async ? "; runs asynchronously" : "")));
            out.signature("public", returns(async), name(async), List.of(params + " params"));
            body(async, "params");
        }
    }

    /** The action's description, its required parameters and the result. */
    private String fullJavadoc() {
        String text = JavadocText.escape(action.definition().description());
        StringBuilder javadoc = new StringBuilder("Runs {@code ")
                .append(JavadocText.escape(action.definition().name())).append('}')
                .append(text.isEmpty() ? "." : ": " + text).append('\n');
        for (ParameterModel p : required) {
            javadoc.append("@param ").append(p.javaName()).append(' ')
                    .append(p.description().isEmpty() ? "the {@code "
                            + JavadocText.escape(p.wireName()) + "} parameter" : p.description())
                    .append('\n');
        }
        return javadoc.append("@param ").append(optionsName)
                .append(" set optional parameters on the builder, in order; the arguments above")
                .append(" are set after them")
                .append("\n@return the action's result").toString();
    }

    private String sameAs(String difference) {
        return "Same as {@link #" + action.methodName() + "}, " + difference + ".";
    }

    private String returns(boolean async) {
        String result = out.name(RuntimeTypes.RESULT);
        return async ? out.name(RuntimeTypes.FUTURE) + "<" + result + ">" : result;
    }

    private void body(boolean async, String argument) {
        out.line("        return this.client." + (async ? "runAsync(" : "run(") + params
                + ".ACTION_NAME, " + argument + ");");
        out.line("    }");
    }

    private String name(boolean async) {
        return async ? action.methodName() + "Async" : action.methodName();
    }
}
