package dev.actionkit.spring.boot;

/**
 * The {@code actionkit.*} properties cannot configure ActionKit: a required one is missing or
 * one has a value that cannot be used. {@link ActionKitFailureAnalyzer} turns it into a startup
 * report. Neither the message nor the action ever quotes a token or a key.
 */
public final class ActionKitConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String property;
    private final String action;

    /**
     * @param property the property at fault, e.g. {@code actionkit.project-id}
     * @param problem what is wrong, one sentence
     * @param action what to set to fix it
     */
    public ActionKitConfigurationException(String property, String problem, String action) {
        super(property + ": " + problem);
        this.property = property;
        this.action = action;
    }

    /** Returns the property at fault. */
    public String property() {
        return property;
    }

    /** Returns what to set to fix it. */
    public String action() {
        return action;
    }
}
