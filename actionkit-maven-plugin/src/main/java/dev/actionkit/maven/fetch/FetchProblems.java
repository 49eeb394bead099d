package dev.actionkit.maven.fetch;

import dev.actionkit.codegen.diagnostic.Diagnostic;
import dev.actionkit.maven.credentials.TokenSource;
import dev.actionkit.runtime.ActionKitApiException;
import dev.actionkit.runtime.ActionKitException;
import dev.actionkit.runtime.ActionKitTransportException;
import dev.actionkit.runtime.CatalogFormatException;

/** Turns a failed fetch into a message that says what happened and what to do. */
final class FetchProblems {

    private FetchProblems() {}

    /**
     * Returns one printable line ({@link Diagnostic#printable}): the server's words in it cannot
     * forge a log line or reach the terminal as a control sequence.
     */
    static String describe(ActionKitException e, FetchSettings settings, String projectId,
            TokenSource token) {
        return Diagnostic.printable(describeRaw(e, settings, projectId, token));
    }

    private static String describeRaw(ActionKitException e, FetchSettings settings,
            String projectId, TokenSource token) {
        if (e instanceof ActionKitApiException api) {
            return describeApi(api, settings, projectId, token);
        }
        if (e instanceof ActionKitTransportException transport) {
            return describeTransport(transport, settings);
        }
        CatalogFormatException format = (CatalogFormatException) e;
        return "ActionKit's answer to GET /actions is not a catalog: " + format.getMessage()
                + " (from " + settings.baseUrl() + "). An HTML page or a truncated body usually"
                + " comes from a proxy or gateway in front of ActionKit; try again later, or"
                + " build from the snapshot with -Dactionkit.fetch=never.";
    }

    private static String describeTransport(ActionKitTransportException e,
            FetchSettings settings) {
        String what = "Could not fetch the catalog from " + settings.baseUrl() + ": "
                + e.getMessage();
        if (e.isBodyTooLarge()) {
            return what + ". A catalog of 10,000 actions is about 11 MB, so an answer this large"
                    + " rather comes from a proxy or a misbehaving server: try again later, fetch"
                    + " fewer integrations with <integrations>, or build from the snapshot with"
                    + " -Dactionkit.fetch=never.";
        }
        if (e.isTimeout()) {
            return what + " (timed out; fetchTimeout is " + settings.fetchTimeout() + "). If"
                    + " ActionKit is slow, raise it, e.g. -Dactionkit.fetchTimeout=PT5M;"
                    + " otherwise check the network and proxy, or build from the snapshot with"
                    + " -o or -Dactionkit.fetch=never.";
        }
        return what + ". Check the network and proxy, or build from the snapshot with -o or"
                + " -Dactionkit.fetch=never.";
    }

    private static String describeApi(ActionKitApiException e, FetchSettings settings,
            String projectId, TokenSource token) {
        if (e.isAuthenticationFailure()) {
            // The server's own message is left out: next to the token's source it could pass
            // for our words (or hold part of the token); its code and request id are enough.
            return "ActionKit rejected the token from " + token.description() + " (HTTP "
                    + e.status() + e.code().map(code -> ", code " + code).orElse("")
                    + e.requestId().map(id -> ", request id " + id).orElse("")
                    + "). It must be a valid, unexpired Paragon User Token for project '"
                    + projectId + "': " + token.fixHint() + ".";
        }
        if (e.status() == 404) {
            return "ActionKit at " + settings.baseUrl() + " does not know project '" + projectId
                    + "' (HTTP 404: " + e.apiMessage() + "). Check <projectId> (or env"
                    + " ACTIONKIT_PROJECT_ID) and <baseUrl>.";
        }
        return "ActionKit answered " + e.getMessage() + " (from " + settings.baseUrl() + ")."
                + " Try again later, or build from the snapshot with -Dactionkit.fetch=never.";
    }
}
