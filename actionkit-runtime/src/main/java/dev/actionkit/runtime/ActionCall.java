package dev.actionkit.runtime;

import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link ActionKitObserver} is told of a call as it starts. Holds names only: never the
 * token, never a parameter value.
 *
 * @param operation the action name for a run (e.g. {@code SLACK_SEND_MESSAGE}),
 *     {@code GET /actions} for a listing
 * @param kind a run or a listing
 * @param integration the integration key of the action (e.g. {@code slack}) when the client
 *     knows it (see {@link ActionKitClient.Builder#actions}); null otherwise
 */
public record ActionCall(String operation, Kind kind, String integration) {

    /** Whether the call runs an action or lists the catalog. */
    public enum Kind {
        /** {@code POST /actions}: runs one action. */
        RUN,
        /** {@code GET /actions}: lists the catalog. */
        LIST
    }

    /** Checks that the operation and kind are set. */
    public ActionCall {
        Objects.requireNonNull(operation, "operation == null");
        Objects.requireNonNull(kind, "kind == null");
    }

    /** Returns the integration key, when known. */
    public Optional<String> integrationKey() {
        return Optional.ofNullable(integration);
    }
}
