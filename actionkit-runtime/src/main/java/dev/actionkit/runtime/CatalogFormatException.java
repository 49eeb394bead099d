package dev.actionkit.runtime;

/**
 * A catalog that is not in the {@code GET /actions} response shape. The message names the JSON
 * pointer of the problem, e.g. {@code catalog at /actions/slack/0/function/name: must be a
 * non-empty string, found nothing}.
 */
public final class CatalogFormatException extends ActionKitException {

    private static final long serialVersionUID = 1L;

    private final String pointer;

    /**
     * @param pointer the JSON pointer of the problem ({@code ""} for the whole document)
     * @param problem what is wrong there, e.g. {@code must be an array of actions}
     */
    public CatalogFormatException(String pointer, String problem) {
        super("catalog" + (pointer.isEmpty() ? "" : " at " + pointer) + ": " + problem, null);
        this.pointer = pointer;
    }

    /** Returns the JSON pointer of the problem; {@code ""} means the whole document. */
    public String pointer() {
        return pointer;
    }
}
