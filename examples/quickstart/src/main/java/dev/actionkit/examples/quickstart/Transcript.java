package dev.actionkit.examples.quickstart;

import dev.actionkit.runtime.ActionKitApiException;
import dev.actionkit.runtime.ActionResult;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.RecordedRequest;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * Prints what the quickstart does, one step at a time: the Java call (read from the source of
 * the call that runs), the request that went on the wire (with the token masked), and the result
 * or the error.
 */
final class Transcript {

    private static final int MAX_BODY = 240;
    private static final StackWalker WALKER =
            StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

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

    /**
     * Runs one call and prints it: its Java text as the caller's source has it (the lambda
     * {@code () -> ...} passed here, see {@link CallSource}), the request on the wire, and the
     * result; an ActionKit error is printed, not thrown.
     */
    void step(Supplier<ActionResult> call) {
        print(callerSource(), call);
    }

    /** As {@link #step(Supplier)}, with a note printed as a comment after the call. */
    void step(String note, Supplier<ActionResult> call) {
        print(callerSource() + "  // " + note, call);
    }

    private void print(String javaCall, Supplier<ActionResult> call) {
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

    /** Returns the Java text of the lambda that the caller of {@code step} passed. */
    private static String callerSource() {
        StackWalker.StackFrame caller = WALKER.walk(frames -> frames
                .filter(frame -> frame.getDeclaringClass() != Transcript.class)
                .findFirst()).orElseThrow();
        return CallSource.lambdaAt(caller.getDeclaringClass(), caller.getLineNumber());
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
