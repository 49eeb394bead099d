package dev.actionkit.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The tools one user is offered, as {@link PerUserActionTools} found them: the actions, a runner
 * that checks calls against exactly these schemas, and where they came from.
 *
 * <p>Immutable and thread-safe. Hand {@link #tools()} to the model and run its calls with
 * {@link #runner()} and that user's client.
 */
public final class UserTools {

    /** Where a user's tools came from. */
    public enum Origin {
        /** This user's live listing, fetched within the time to live. */
        LIVE,
        /**
         * This user's last successful listing, served again because a newer listing failed.
         */
        LAST_LISTING,
        /**
         * The fallback tool set (usually the generated descriptors), because the listing failed
         * and no earlier listing of this user is kept.
         */
        FALLBACK
    }

    private final ActionTools tools;
    private final ToolCallRunner runner;
    private final Origin origin;
    private final List<JsonNode> listingErrors;

    private UserTools(ActionTools tools, ToolCallRunner runner, Origin origin,
            List<JsonNode> listingErrors) {
        this.tools = tools;
        this.runner = runner;
        this.origin = origin;
        this.listingErrors = listingErrors;
    }

    /** Returns the tools of a live listing; the runner compiles their schemas as calls come. */
    static UserTools live(ActionTools tools, List<JsonNode> listingErrors) {
        List<JsonNode> copies = listingErrors.stream().<JsonNode>map(JsonNode::deepCopy).toList();
        return new UserTools(tools, new ToolCallRunner(tools), Origin.LIVE, copies);
    }

    /** Returns the fallback tools, with the runner that is shared by every user served them. */
    static UserTools fallback(ToolCallRunner fallbackRunner, ActionTools fallbackTools) {
        return new UserTools(fallbackTools, fallbackRunner, Origin.FALLBACK, List.of());
    }

    /** Returns these tools again, marked as served after a failed listing. */
    UserTools asLastListing() {
        return new UserTools(tools, runner, Origin.LAST_LISTING, listingErrors);
    }

    /** Returns the actions offered to this user. */
    public ActionTools tools() {
        return tools;
    }

    /** Returns the runner that checks calls against these tools' schemas; share it freely. */
    public ToolCallRunner runner() {
        return runner;
    }

    /** Returns where these tools came from. */
    public Origin origin() {
        return origin;
    }

    /**
     * Returns the {@code errors} ActionKit reported beside the listing (for example an
     * integration whose fields could not be loaded), as JSON; empty for the fallback.
     */
    public List<JsonNode> listingErrors() {
        return listingErrors.stream().<JsonNode>map(JsonNode::deepCopy).toList();
    }

    /** Names the origin and the tools; never a token. */
    @Override
    public String toString() {
        return "UserTools{" + origin + ", " + tools + "}";
    }
}
