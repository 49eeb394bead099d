package dev.actionkit.maven.build;

import static dev.actionkit.maven.build.BuildOrchestratorFailureTest.catalog;

import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.Reply;
import dev.actionkit.testkit.StreamedBody;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * One way the fake ActionKit breaks the fetch, and the problem the build must report. The text
 * holds {@code {baseUrl}}, {@code {tokenSource}} and {@code {tokenFix}} for the run's values; it
 * is exact, or a start and an end where the JDK's own words sit between them.
 *
 * @param name what the server does, for the test's name
 * @param script makes the server misbehave
 * @param fetchTimeout the {@code fetchTimeout} of the run
 * @param start the start of the problem, or all of it when {@code end} is empty
 * @param end the end of the problem
 * @param listings how many times the client asks before it gives up
 */
record FetchFault(String name, Consumer<FakeActionKit> script, Duration fetchTimeout,
        String start, String end, int listings) {

    /** Long enough never to be reached by a fault that is not a timeout. */
    static final Duration PATIENT = Duration.ofSeconds(10);

    /** The fetch timeout of the timeout faults: short, so that each case ends in seconds. */
    static final Duration IMPATIENT = Duration.ofSeconds(1);

    /** The size of the huge answer: eight times the client's 64 MiB limit. */
    static final long HUGE_BYTES = 512L * 1024 * 1024;

    private static final String TIMED_OUT = "Could not fetch the catalog from {baseUrl}: GET"
            + " /actions failed: no complete answer within 1000 ms (callTimeout) (timed out;"
            + " fetchTimeout is PT1S). If ActionKit is slow, raise it, e.g."
            + " -Dactionkit.fetchTimeout=PT5M; otherwise check the network and proxy, or build"
            + " from the snapshot with -o or -Dactionkit.fetch=never.";

    private static final String TRY_LATER = " (from {baseUrl}). Try again later, or build from"
            + " the snapshot with -Dactionkit.fetch=never.";

    private static final String NGINX_502 = "<html>\r\n<head><title>502 Bad Gateway</title></head>"
            + "\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx"
            + "</center>\r\n</body>\r\n</html>\r\n";

    /** Every fault, in the order of the issue. */
    static List<FetchFault> all() {
        return List.of(
                new FetchFault("the server accepts the connection and never answers",
                        server -> server.onList(Reply.fault(Reply.Fault.STALL_BEFORE_ANSWER)),
                        IMPATIENT, TIMED_OUT, "", 1),
                new FetchFault("the answer stalls after the headers and half the body",
                        server -> server.onList(newCatalog().withFault(Reply.Fault.STALL_MID_BODY)),
                        IMPATIENT, TIMED_OUT, "", 1),
                new FetchFault("the answer comes after 30 s",
                        server -> server.onList(newCatalog().after(Duration.ofSeconds(30))),
                        IMPATIENT, TIMED_OUT, "", 1),
                new FetchFault("the connection is closed mid-body, on every attempt",
                        server -> server.onList(newCatalog().withFault(Reply.Fault.CLOSE_MID_BODY)),
                        PATIENT, "Could not fetch the catalog from {baseUrl}: GET /actions failed:"
                                + " the connection failed (",
                        ") (3 attempts). Check the network and proxy, or build from the snapshot"
                                + " with -o or -Dactionkit.fetch=never.", 3),
                new FetchFault("a 200 whose JSON is cut off", server -> server.onList(truncated()),
                        PATIENT, "ActionKit's answer to GET /actions is not a catalog: catalog: is"
                                + " not valid JSON: Unexpected end-of-input",
                        " (from {baseUrl}). An HTML page or a truncated body usually comes from a"
                                + " proxy or gateway in front of ActionKit; try again later, or"
                                + " build from the snapshot with -Dactionkit.fetch=never.", 1),
                new FetchFault("a gateway's HTML 502, on every attempt",
                        server -> server.onList(Reply.html(502, NGINX_502)), PATIENT,
                        "ActionKit answered GET /actions failed: HTTP 502: 502 Bad Gateway 502 Bad"
                                + " Gateway nginx" + TRY_LATER, "", 3),
                new FetchFault("a 503, on every attempt",
                        server -> server.onList(Reply.text(503, "Service Unavailable")), PATIENT,
                        "ActionKit answered GET /actions failed: HTTP 503: Service Unavailable"
                                + TRY_LATER, "", 3),
                new FetchFault("a 504, on every attempt",
                        server -> server.onList(Reply.json(504, "{\"message\": \"Gateway"
                                + " timeout\", \"status\": 504}")), PATIENT,
                        "ActionKit answered GET /actions failed: HTTP 504: Gateway timeout"
                                + TRY_LATER, "", 3),
                new FetchFault("a 401 for a token the server does not accept",
                        server -> server.acceptTokens("someone-elses-token"), PATIENT,
                        "ActionKit rejected the token from {tokenSource} (HTTP 401, code 40100,"
                                + " request id req-401). It must be a valid, unexpired"
                                + " Paragon User Token for project 'p-1': {tokenFix}.", "", 1),
                new FetchFault("a 403 for a token without access to the project",
                        server -> server.onList(Reply.json(403, "{\"message\": \"Forbidden.\","
                                + " \"code\": \"40300\", \"status\": 403}")), PATIENT,
                        "ActionKit rejected the token from {tokenSource} (HTTP 403, code 40300)."
                                + " It must be a valid, unexpired Paragon User Token for project"
                                + " 'p-1': {tokenFix}.", "", 1),
                new FetchFault("a 404 for a project that no longer exists",
                        server -> server.onList(Reply.json(404, "{\"message\": \"Project not"
                                + " found.\", \"code\": \"40400\", \"status\": 404}")), PATIENT,
                        "ActionKit at {baseUrl} does not know project 'p-1' (HTTP 404: Project"
                                + " not found.). Check <projectId> (or env ACTIONKIT_PROJECT_ID)"
                                + " and <baseUrl>.", "", 1),
                new FetchFault("a 429 asking to wait an hour",
                        server -> server.onList(Reply.json(429, "{\"message\": \"Rate limit"
                                + " exceeded\"}").withHeader("Retry-After", "3600")), PATIENT,
                        "ActionKit answered GET /actions failed: HTTP 429: Rate limit exceeded"
                                + TRY_LATER, "", 1),
                new FetchFault("a 512 MiB answer", server -> server.onList(huge()), PATIENT,
                        "Could not fetch the catalog from {baseUrl}: GET /actions failed: the"
                                + " response body is larger than the limit of 67108864 bytes"
                                + " (maxResponseBytes). A catalog of 10,000 actions is about 11"
                                + " MB, so an answer this large rather comes from a proxy or a"
                                + " misbehaving server: try again later, fetch fewer integrations"
                                + " with <integrations>, or build from the snapshot with"
                                + " -Dactionkit.fetch=never.", "", 1));
    }

    /** A catalog that differs from the one generated before: if it got through, files change. */
    static Reply newCatalog() {
        return Reply.of(200, "application/json; charset=utf-8", catalog("slack-and-gmail.json"));
    }

    /** A complete 200 answer whose JSON stops halfway. */
    static Reply truncated() {
        byte[] whole = catalog("slack-and-gmail.json");
        return Reply.of(200, "application/json; charset=utf-8",
                Arrays.copyOf(whole, whole.length / 2));
    }

    /**
     * A catalog of {@link #HUGE_BYTES}, streamed chunked as it is made up: one action over and
     * over. Neither the server nor the test holds it; only the client could.
     */
    static Reply huge() {
        String action = "{\"type\": \"function\", \"function\": {\"name\": \"SLACK_SEND_MESSAGE\","
                + " \"description\": \"" + "x".repeat(900) + "\", \"parameters\": {\"type\":"
                + " \"object\"}}}";
        byte[] head = bytes("{\"actions\": {\"slack\": [");
        byte[] unit = bytes(action + ", ");
        byte[] tail = bytes(action + "]}, \"errors\": []}");
        long repeat = (HUGE_BYTES - head.length - tail.length) / unit.length;
        return Reply.streamed(200, "application/json; charset=utf-8",
                new StreamedBody(head, unit, repeat, tail));
    }

    /** Returns the problem's start with the run's values. */
    String start(String baseUrl, Credential credential) {
        return fill(start, baseUrl, credential);
    }

    /** Returns the problem's end with the run's values. */
    String end(String baseUrl, Credential credential) {
        return fill(end, baseUrl, credential);
    }

    private static String fill(String text, String baseUrl, Credential credential) {
        return text.replace("{baseUrl}", baseUrl)
                .replace("{tokenSource}", credential.source().description())
                .replace("{tokenFix}", credential.source().fixHint());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return name;
    }
}
