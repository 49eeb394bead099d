package dev.actionkit.codegen.roundtrip;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.testkit.FakeActionKit;
import dev.actionkit.testkit.Reply;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The round trip of one document through a generated parameter class: read with Jackson and
 * sent by the runtime to a loopback fake ActionKit; rebuilt with the generated builders
 * ({@link BuilderCopy}) and sent again. Both request bodies must carry the document itself.
 * Thread-safe: documents are sent concurrently, because each loopback exchange waits on TCP's
 * delayed acknowledgement (about 40 ms) far more than it works.
 */
final class RoundTrip implements AutoCloseable {

    /** Reads JSON numbers exactly, so a digit lost on the way is seen. */
    static final ObjectMapper EXACT = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    private static final ObjectMapper READER = new ObjectMapper();

    /** Echoes each run's body, so a caller sees what was sent without matching requests. */
    private final FakeActionKit server = FakeActionKit.start()
            .defaultRun(request -> Reply.of(200, "application/json", request.body()));
    private final ActionKitClient client = ActionKitClient.builder().baseUrl(server.baseUrl())
            .projectId(server.projectId()).token("roundtrip-token").build();

    /**
     * Returns how {@code document} is lost through {@code params}, generated from
     * {@code schema}; empty when it is not. A property the schema declares at top level (also
     * in an {@code allOf}, {@code oneOf} or {@code anyOf} branch) that is read into the extra
     * properties instead of a typed member counts as lost: the builder offers no typed setter.
     */
    List<String> losses(Class<?> params, JsonNode schema, JsonNode document) {
        List<String> losses = new ArrayList<>();
        Object read;
        try {
            read = READER.readValue(document.toString(), params);
        } catch (Exception e) {
            return List.of("read: " + e.getMessage().lines().findFirst().orElse(""));
        }
        try {
            untyped(schema, read).forEach(name -> losses.add("untyped: \"" + name
                    + "\" is read into the extra properties"));
            JsonDiff.first(document, sent(params, read))
                    .ifPresent(diff -> losses.add("read then written: " + diff));
            JsonDiff.first(document, sent(params, BuilderCopy.rebuild(read)))
                    .ifPresent(diff -> losses.add("built: " + diff));
        } catch (ReflectiveOperationException | RuntimeException e) {
            losses.add("built: " + e);
        }
        return losses;
    }

    /**
     * Returns the declared properties read into the extra properties of a class that has no
     * member for them. A member's explicit null or unknown enum value is kept among the extra
     * properties by design (that is how it is written back) and is not counted.
     */
    private static List<String> untyped(JsonNode schema, Object read)
            throws ReflectiveOperationException {
        Set<String> declared = new LinkedHashSet<>();
        declared(schema, schema, declared, 0);
        Set<String> members = new LinkedHashSet<>();
        for (java.lang.reflect.Field field : read.getClass().getDeclaredFields()) {
            if (BuilderCopy.isProperty(field)) {
                members.add(BuilderCopy.wireName(field));
            }
        }
        List<String> untyped = new ArrayList<>();
        for (Object key : BuilderCopy.extras(read).keySet()) {
            if (declared.contains(key) && !members.contains(key)) {
                untyped.add((String) key);
            }
        }
        return untyped;
    }

    private static void declared(JsonNode node, JsonNode root, Set<String> names, int depth) {
        JsonNode target = node.has("$ref") && depth < 8
                ? root.at(node.get("$ref").asText().substring(1)) : node;
        target.path("properties").fieldNames().forEachRemaining(names::add);
        for (String keyword : List.of("allOf", "oneOf", "anyOf")) {
            target.path(keyword).forEach(branch -> declared(branch, root, names, depth + 1));
        }
    }

    private JsonNode sent(Class<?> params, Object value)
            throws ReflectiveOperationException {
        String action = (String) params.getField("ACTION_NAME").get(null);
        try {
            return EXACT.readTree(client.run(action, value).bytes()).path("parameters");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
