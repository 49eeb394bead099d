package dev.actionkit.runtime;

/**
 * The root of every exception the runtime throws: unchecked, and never carrying a token in its
 * message.
 *
 * <ul>
 *   <li>{@link ActionKitApiException}: ActionKit answered with an error status;
 *   <li>{@link ActionKitTransportException}: no usable answer arrived (timeout, connection
 *       refused or reset, a body too large or interrupted);
 *   <li>{@link CatalogFormatException}: a catalog is not in the {@code GET /actions} shape.
 * </ul>
 */
public abstract sealed class ActionKitException extends RuntimeException
        permits ActionKitApiException, ActionKitTransportException, CatalogFormatException {

    private static final long serialVersionUID = 1L;

    ActionKitException(String message, Throwable cause) {
        super(message, cause);
    }
}
