package dev.actionkit.examples.quickstart;

import dev.actionkit.runtime.ActionKitApiException;
import dev.actionkit.runtime.ActionResult;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.RecordedRequest;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * Prints what the quickstart does, one step at a time: the Java call, the request that went on
 * the wire (with the token masked), and the result or the error.
 */
final class Transcript {

    private static final int MAX_BODY = 240;

    private final PrintStream out;
    private final FakeActionKit server;
    private int seen;

    /**
     * @param out where to print
     * @param server the stand-in whose recorded requests are shown, or null for real ActionKit
     */
    Transcript(PrintStream out, FakeActionKit server) {
        this.out = out;
        this.server = server;
    }

    /** Runs one call and prints it; an ActionKit error is printed, not thrown. */
    void step(String javaCall, Supplier<ActionResult> call) {
        out.println();
        out.println("> " + javaCall);
        try {
            ActionResult result = call.get();
            printWire();
            out.println("  <- " + result.status() + " " + result.contentType().orElse("")
                    + "  " + shorten(result.isJson() ? result.json().toString() : result.text()));
        } catch (ActionKitApiException e) {
            printWire();
            out.println("  <- " + e.getClass().getSimpleName() + ": " + e.getMessage());
            out.println("     isIntegrationNotConnected() = " + e.isIntegrationNotConnected());
        }
    }

    void line(String text) {
        out.println(text);
    }

    private void printWire() {
        if (server == null) {
            return;
        }
        List<RecordedRequest> requests = server.requests();
        for (RecordedRequest request : requests.subList(seen, requests.size())) {
            out.println("  -> " + request.method() + " " + request.path()
                    + "  Authorization: Bearer " + mask(request.bearerToken().orElse("")));
            out.println("     " + shorten(request.bodyText()));
        }
        seen = requests.size();
    }

    /** Shows the first 6 characters of a token and hides the rest. */
    static String mask(String token) {
        return token.length() <= 6 ? "****" : token.substring(0, 6) + "****";
    }

    private static String shorten(String text) {
        String flat = text.replace("\n", "\\n");
        return flat.length() <= MAX_BODY ? flat : flat.substring(0, MAX_BODY) + "...";
    }
}
