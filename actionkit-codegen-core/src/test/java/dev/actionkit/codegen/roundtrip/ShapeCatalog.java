package dev.actionkit.codegen.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.actionkit.codegen.roundtrip.ShapeSchemas.Shape;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A catalog of one integration, {@code shapes}, with one action per {@link Shape} (named
 * {@code SHAPES_<SHAPE>}), each schema drawn by {@link ShapeSchemas} from one seed.
 *
 * @param seed the seed the schemas were drawn from
 * @param actions the actions, in {@link Shape} order
 */
record ShapeCatalog(long seed, List<Action> actions) {

    /**
     * One action of the catalog.
     *
     * @param name the action name
     * @param shape the shape its schema has
     * @param schema its parameter schema
     */
    record Action(String name, Shape shape, JsonNode schema) {

        /** Returns the simple name of the generated parameter class. */
        String paramsClass() {
            StringBuilder out = new StringBuilder();
            for (String word : name.split("_")) {
                out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
            }
            return out.append("Params").toString();
        }
    }

    /** Draws a catalog with one action per shape from {@code seed}. */
    static ShapeCatalog draw(long seed) {
        ShapeSchemas schemas = new ShapeSchemas(new Random(seed));
        List<Action> actions = new ArrayList<>();
        for (Shape shape : Shape.values()) {
            actions.add(new Action("SHAPES_" + shape.name(), shape, schemas.of(shape)));
        }
        return new ShapeCatalog(seed, actions);
    }

    /** Returns a catalog of the given actions (for the per-shape unit tests). */
    static ShapeCatalog of(List<Action> actions) {
        return new ShapeCatalog(0, actions);
    }

    /** Returns the catalog in the {@code GET /actions} response shape. */
    byte[] toBytes() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode root = json.objectNode();
        ArrayNode list = root.putObject("actions").putArray("shapes");
        for (Action action : actions) {
            list.addObject().put("type", "function").putObject("function")
                    .put("name", action.name()).put("description", action.shape().name())
                    .set("parameters", action.schema());
        }
        root.putArray("errors");
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "seed " + seed + ": " + new String(toBytes(), StandardCharsets.UTF_8);
    }
}
