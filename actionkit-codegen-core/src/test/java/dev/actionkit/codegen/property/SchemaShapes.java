package dev.actionkit.codegen.property;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Parameter schemas with every construct real catalogs use, nested up to {@value #MAX_DEPTH}
 * levels (the roots of {@code parameters} are {@link ParameterRoots}): objects with properties
 * and {@code required} (also naming missing properties),
 * {@code additionalProperties} true, false or a schema (map objects), free-form objects, arrays
 * (of arrays, without {@code items}, with tuple {@code items}), {@code anyOf}/{@code oneOf}/
 * {@code allOf} unions, {@code const}, enums of every kind, type arrays, {@code $ref} to the
 * root, to a property, to recursive {@code $defs} and to nothing, {@code default}/{@code format}/
 * {@code pattern}, and non-schema values. Every schema node may carry a hostile description.
 *
 * <p>Each schema picks the depth its spine reaches (0 to 8); children beside the spine stay
 * shallow, so that one action stays small while every depth is reached often.
 */
public final class SchemaShapes {

    static final int MAX_DEPTH = 8;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /*
     * Every arbitrary is built once (per depth and target where it depends on them): jqwik
     * reuses the generators of an arbitrary instance it has seen, and rebuilding them inside
     * flatMap made generating each catalog slower than generating code from it.
     */
    private static final Map<List<Integer>, Arbitrary<JsonNode>> SCHEMAS = new HashMap<>();
    private static final Map<List<Integer>, Arbitrary<JsonNode>> OBJECTS = new HashMap<>();
    private static final Map<Integer, Arbitrary<JsonNode>> BESIDE = new HashMap<>();
    private static final Arbitrary<JsonNode> LEAF = buildLeaf();
    private static final Arbitrary<Integer> DEPTHS = Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.integers().between(0, 3)),
            Tuple.of(2, Arbitraries.integers().between(4, MAX_DEPTH)));

    private SchemaShapes() {}

    /** Returns the depth a schema's spine reaches, deep ones rarer (they cost more javac). */
    static Arbitrary<Integer> depths() {
        return DEPTHS;
    }

    /**
     * Returns a schema at {@code depth} whose spine reaches {@code target}: every shape but the
     * leaf has one child on the spine, its other children stay within two more levels.
     */
    static Arbitrary<JsonNode> schema(int depth, int target) {
        return memo(SCHEMAS, List.of(depth, target), () -> buildSchema(depth, target));
    }

    private static Arbitrary<JsonNode> buildSchema(int depth, int target) {
        if (depth >= target) {
            return described(leaf());
        }
        Arbitrary<JsonNode> spine = Arbitraries.lazy(() -> schema(depth + 1, target));
        return described(Arbitraries.frequencyOf(
                Tuple.of(depth < 2 ? 4 : 2, object(depth, target)),
                Tuple.of(2, singlePropertyObject(spine)),
                Tuple.of(2, array(spine)),
                Tuple.of(1, map(spine)),
                Tuple.of(2, union(spine)),
                Tuple.of(1, nullable(spine))));
    }

    /** Returns a schema beside the spine: mostly a leaf, else a subtree of one or two levels. */
    private static Arbitrary<JsonNode> beside(int depth) {
        return memo(BESIDE, depth, () -> Arbitraries.frequencyOf(Tuple.of(4, described(leaf())),
                Tuple.of(1, Arbitraries.lazy(() -> schema(depth, Math.min(MAX_DEPTH,
                        depth + 2))))));
    }

    /** Adds a (mostly empty) hostile description to object schemas. */
    private static Arbitrary<JsonNode> described(Arbitrary<JsonNode> schemas) {
        return Combinators.combine(schemas, Arbitraries.frequencyOf(
                        Tuple.of(60, HostileTexts.shortDescriptions()),
                        Tuple.of(1, HostileTexts.long10000())))
                .as((schema, description) -> {
                    if (description.isEmpty() || !schema.isObject()) {
                        return schema;
                    }
                    return ((ObjectNode) schema.deepCopy()).put("description", description);
                });
    }

    /**
     * Returns objects with up to four properties near the root (two deeper): the first on the
     * spine when it goes on, the others beside it; hostile and twin names, a {@code required}
     * list in one of several hostile forms, and {@code additionalProperties} absent, true,
     * false or a schema.
     */
    static Arbitrary<JsonNode> object(int depth, int target) {
        return memo(OBJECTS, List.of(depth, target), () -> buildObject(depth, target));
    }

    private static Arbitrary<JsonNode> buildObject(int depth, int target) {
        Arbitrary<JsonNode> first = depth < target
                ? Arbitraries.lazy(() -> schema(depth + 1, target)) : beside(depth + 1);
        Arbitrary<List<Tuple2<String, JsonNode>>> others = Combinators.combine(
                        HostileNames.any(), beside(depth + 1)).as(Tuple::of)
                .list().ofMaxSize(depth < 2 ? 3 : 1);
        Arbitrary<List<Tuple2<String, JsonNode>>> entries = Combinators.combine(
                        HostileNames.any(), first, others, Arbitraries.of(true, false))
                .as((name, schema, rest, empty) -> {
                    List<Tuple2<String, JsonNode>> all = new ArrayList<>();
                    if (!empty || depth < target) {
                        all.add(Tuple.of(name, schema));
                    }
                    rest.stream().filter(e -> all.stream().noneMatch(a -> a.get1()
                            .equals(e.get1()))).forEach(all::add);
                    return all;
                });
        Arbitrary<JsonNode> additional = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(MissingNode.getInstance())),
                Tuple.of(1, Arbitraries.of(JSON.booleanNode(true), JSON.booleanNode(false))),
                Tuple.of(1, leaf()));
        return Combinators.combine(entries, HostileNames.twinCounts(),
                Arbitraries.integers().between(0, 6), additional)
                .as(SchemaShapes::objectOf);
    }

    private static JsonNode objectOf(List<Tuple2<String, JsonNode>> entries, int twins,
            int requiredForm, JsonNode additional) {
        ObjectNode out = JSON.objectNode().put("type", "object");
        ObjectNode properties = out.putObject("properties");
        entries.forEach(e -> properties.set(e.get1(), e.get2()));
        for (int i = 0; i < Math.min(twins, entries.size()); i++) {
            String twin = HostileNames.twin(entries.get(i).get1(), twins + i);
            if (!properties.has(twin)) {
                properties.set(twin, entries.get(i).get2());
            }
        }
        List<String> names = entries.stream().map(Tuple2::get1).toList();
        switch (requiredForm) {
            case 1 -> out.putArray("required").addAll(names.stream().map(JSON::textNode).toList());
            case 2 -> out.putArray("required").addAll(names.stream().limit(1)
                    .map(JSON::textNode).toList());
            case 3 -> out.putArray("required").add("missing_prop").addAll(
                    names.stream().map(JSON::textNode).toList());
            case 4 -> out.put("required", true);
            case 5 -> out.putArray("required").add(1).addNull()
                    .addAll(names.stream().map(JSON::textNode).toList())
                    .addAll(names.stream().map(JSON::textNode).toList());
            default -> { }
        }
        if (!additional.isMissingNode()) {
            out.set("additionalProperties", additional);
        }
        return out;
    }

    /** Returns an object with exactly one property, one level deeper: a chain link. */
    private static Arbitrary<JsonNode> singlePropertyObject(Arbitrary<JsonNode> spine) {
        return Combinators.combine(HostileNames.any(), spine, Arbitraries.of(true, false))
                .as((name, child, required) -> {
                    ObjectNode out = JSON.objectNode().put("type", "object");
                    out.putObject("properties").set(name, child);
                    if (required) {
                        out.putArray("required").add(name);
                    }
                    return out;
                });
    }

    /** Returns arrays: of a schema, of arrays, without items, with tuple or boolean items. */
    private static Arbitrary<JsonNode> array(Arbitrary<JsonNode> spine) {
        return Combinators.combine(spine, Arbitraries.integers().between(0, 5)).as((items,
                form) -> {
            ObjectNode out = JSON.objectNode().put("type", "array");
            switch (form) {
                case 1 -> out.putObject("items").put("type", "array").set("items", items);
                case 2 -> out.putArray("items").add(items).addObject().put("type", "string");
                case 3 -> out.put("items", true);
                case 4 -> {
                    out.remove("type");
                    out.set("items", items);
                }
                case 5 -> { }
                default -> out.set("items", items);
            }
            return out;
        });
    }

    /** Returns map objects: {@code additionalProperties} is a schema. */
    private static Arbitrary<JsonNode> map(Arbitrary<JsonNode> spine) {
        return Combinators.combine(spine, Arbitraries.of(true, false)).as((values, empty) -> {
            ObjectNode out = JSON.objectNode().put("type", "object");
            if (empty) {
                out.putObject("properties");
            }
            out.set("additionalProperties", values);
            return out;
        });
    }

    /**
     * Returns unions: anyOf, oneOf or allOf of the spine and up to two more branches (leaves
     * or null), in any order.
     */
    private static Arbitrary<JsonNode> union(Arbitrary<JsonNode> spine) {
        Arbitrary<JsonNode> other = Arbitraries.frequencyOf(Tuple.of(2, leaf()),
                Tuple.of(1, Arbitraries.just(node("{\"type\":\"null\"}"))));
        return Combinators.combine(Arbitraries.of("anyOf", "oneOf", "allOf"), spine,
                other.list().ofMaxSize(2), Arbitraries.integers().between(0, 2))
                .as((keyword, main, others, position) -> {
                    List<JsonNode> branches = new ArrayList<>(others);
                    branches.add(Math.min(position, branches.size()), main);
                    ObjectNode out = JSON.objectNode();
                    out.putArray(keyword).addAll(branches);
                    return out;
                });
    }

    /** Returns nullable shapes: a null branch beside one schema, or an object type array. */
    private static Arbitrary<JsonNode> nullable(Arbitrary<JsonNode> spine) {
        return Combinators.combine(spine, Arbitraries.of(true, false)).as((inner, anyOf) -> {
            if (anyOf) {
                ObjectNode out = JSON.objectNode();
                out.putArray("anyOf").add(inner).addObject().put("type", "null");
                return out;
            }
            ObjectNode out = JSON.objectNode();
            out.putArray("type").add("object").add("null");
            out.putObject("properties").set("inner", inner);
            return out;
        });
    }

    /** Returns schemas without subschemas. */
    static Arbitrary<JsonNode> leaf() {
        return LEAF;
    }

    private static Arbitrary<JsonNode> buildLeaf() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Leaves.scalar()),
                Tuple.of(3, Leaves.enumeration()),
                Tuple.of(1, Leaves.constant()),
                Tuple.of(2, Leaves.typeArray()),
                Tuple.of(2, Leaves.freeForm()),
                Tuple.of(2, Leaves.reference()),
                Tuple.of(1, Leaves.notASchema()));
    }

    /** Returns the cached arbitrary for {@code key}, building it on first use. */
    private static <K> Arbitrary<JsonNode> memo(Map<K, Arbitrary<JsonNode>> cache, K key,
            Supplier<Arbitrary<JsonNode>> build) {
        synchronized (cache) {
            Arbitrary<JsonNode> known = cache.get(key);
            if (known == null) {
                known = build.get();
                cache.put(key, known);
            }
            return known;
        }
    }

    static ObjectNode node(String json) {
        return (ObjectNode) Leaves.parse(json);
    }
}
