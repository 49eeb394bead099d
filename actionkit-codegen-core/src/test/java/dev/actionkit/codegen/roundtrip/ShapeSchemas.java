package dev.actionkit.codegen.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random parameter schemas of the shapes a typed API tends to lose (issue 14): one schema per
 * {@link Shape}, with random property names, leaf types, nesting and {@code required} lists.
 * Every schema is satisfiable and its shape-specific keywords never contradict each other (an
 * {@code allOf} branch never closes the object), so {@link Instances} can draw valid documents.
 */
final class ShapeSchemas {

    /** The shapes of issue 14, each the subject of one action of a generated catalog. */
    enum Shape {
        PATTERN_PROPERTIES, NESTED_OPEN, NESTED_EXTRAS_SCHEMA, NESTED_CLOSED, NULLABLE,
        ALLOF_SIBLINGS, ALLOF_UNION, PROPERTIES_AND_EXTRAS_SCHEMA, ENUMS_AND_NUMBERS
    }

    /** Patterns with keys known to match them; {@link Instances} draws keys from these. */
    static final List<String> PATTERNS = List.of("^createOptions[0-9]*$", "^x-", "^tag_[a-z]+$");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> NAMES = List.of("name", "count", "field-email", "a.b",
            "class", "updated_at[gt]", "Custom_Field__c", "ticket_scope",
            "ticketScope", "value", "0", "default", "items", "metadata", "kind2");

    private final Random random;
    /** Property names used so far in the current schema: unique, so branches never clash. */
    private final Set<String> used = new LinkedHashSet<>();

    ShapeSchemas(Random random) {
        this.random = random;
    }

    /** Returns a root parameter schema of {@code shape}. */
    ObjectNode of(Shape shape) {
        used.clear();
        return switch (shape) {
            case PATTERN_PROPERTIES -> patternProperties();
            case NESTED_OPEN -> nested(null);
            case NESTED_EXTRAS_SCHEMA -> nested(extrasSchema());
            case NESTED_CLOSED -> nested(JSON.booleanNode(false));
            case NULLABLE -> nullable();
            case ALLOF_SIBLINGS -> allOfSiblings();
            case ALLOF_UNION -> allOfUnion();
            case PROPERTIES_AND_EXTRAS_SCHEMA -> maybeNested(withExtras(object(2), extrasSchema()));
            case ENUMS_AND_NUMBERS -> enumsAndNumbers();
        };
    }

    private ObjectNode patternProperties() {
        ObjectNode inner = object(2);
        ObjectNode patterns = inner.putObject("patternProperties");
        ObjectNode first = leaf();
        List<String> chosen = new ArrayList<>(PATTERNS);
        int count = 1 + random.nextInt(chosen.size());
        for (int i = 0; i < count; i++) {
            String pattern = chosen.remove(random.nextInt(chosen.size()));
            patterns.set(pattern, random.nextBoolean() ? first.deepCopy() : leaf());
        }
        int extras = random.nextInt(3);
        if (extras == 1) {
            inner.put("additionalProperties", false);
        } else if (extras == 2) {
            inner.set("additionalProperties", first.deepCopy());
        }
        return random.nextBoolean() ? inner : rootWith("settings", inner);
    }

    private ObjectNode nested(JsonNode extras) {
        ObjectNode inner = object(2);
        if (random.nextBoolean()) {
            ObjectNode deeper = object(1);
            if (extras != null) {
                deeper.set("additionalProperties", extras.deepCopy());
            }
            inner.with("properties").set("deeper", deeper);
        }
        if (extras != null) {
            inner.set("additionalProperties", extras);
        }
        if (random.nextBoolean()) {
            ObjectNode array = JSON.objectNode().put("type", "array");
            array.set("items", inner);
            return rootWith("entries", array);
        }
        return rootWith("settings", inner);
    }

    private ObjectNode nullable() {
        ObjectNode root = object(1);
        ObjectNode properties = root.with("properties");
        ArrayNode required = root.withArray("required");
        String[] forms = {"typeArray", "anyOfNull", "nullableTrue", "oneOfNull"};
        for (String form : forms) {
            ObjectNode leaf = scalar();
            String type = leaf.get("type").asText();
            ObjectNode schema = switch (form) {
                case "typeArray" -> leaf.set("type", JSON.arrayNode().add(type).add("null"));
                case "anyOfNull" -> union("anyOf", leaf);
                case "oneOfNull" -> union("oneOf", nested(null));
                default -> leaf.put("nullable", true);
            };
            properties.set(form, schema);
            if (random.nextBoolean()) {
                required.add(form);
            }
        }
        return root;
    }

    private static ObjectNode union(String keyword, ObjectNode branch) {
        ObjectNode out = JSON.objectNode();
        out.putArray(keyword).add(branch).add(JSON.objectNode().put("type", "null"));
        return out;
    }

    private ObjectNode allOfSiblings() {
        ObjectNode root = JSON.objectNode().put("type", "object");
        root.with("definitions").set("base", object(2));
        ObjectNode composed = JSON.objectNode();
        ArrayNode allOf = composed.putArray("allOf");
        allOf.addObject().put("$ref", "#/definitions/base");
        if (random.nextBoolean()) {
            allOf.add(object(1));
        }
        ObjectNode spacing = composed.putObject("properties").putObject("spacing");
        spacing.setAll(scalar());
        if (random.nextBoolean()) {
            composed.putArray("required").add("spacing");
        }
        if (random.nextBoolean()) {
            root.setAll(composed);
            return root;
        }
        root.with("properties").set("layout", composed);
        return root;
    }

    private ObjectNode allOfUnion() {
        ObjectNode root = JSON.objectNode().put("type", "object");
        root.with("definitions").set("base", object(1));
        ObjectNode composed = JSON.objectNode();
        composed.putArray("allOf").addObject().put("$ref", "#/definitions/base");
        String keyword = random.nextBoolean() ? "oneOf" : "anyOf";
        ArrayNode branches = composed.putArray(keyword);
        for (String kind : List.of("first", "second")) {
            ObjectNode branch = object(2);
            branch.with("properties").putObject("kind").put("const", kind);
            branch.withArray("required").add("kind");
            branches.add(branch);
        }
        if (random.nextBoolean()) {
            root.setAll(composed);
        } else {
            root.with("properties").set("choice", composed);
        }
        return root;
    }

    private ObjectNode enumsAndNumbers() {
        ObjectNode root = object(1);
        ObjectNode properties = root.with("properties");
        properties.putObject("salutation").put("type", "string").putArray("enum")
                .add("Mr.").add("Ms.").add("1000+").add("").add("a b");
        properties.putObject("level").put("type", "integer").putArray("enum").add(1).add(5);
        ObjectNode items = JSON.objectNode().put("type", "string");
        items.putArray("enum").add("low").add("high");
        properties.putObject("priorities").put("type", "array").set("items", items);
        properties.putObject("huge").put("type", "integer")
                .put("minimum", new BigInteger("9223372036854775808"));
        properties.putObject("exact").put("type", "number").put("format", "decimal");
        if (random.nextBoolean()) {
            // one enum reused through $ref by two properties and the items of a list
            ObjectNode tone = root.with("$defs").putObject("tone").put("type", "string");
            tone.putArray("enum").add("warm").add("cool");
            properties.putObject("tone").put("$ref", "#/$defs/tone");
            properties.putObject("accent").put("$ref", "#/$defs/tone");
            properties.putObject("tones").put("type", "array").putObject("items")
                    .put("$ref", "#/$defs/tone");
        }
        return root;
    }

    private ObjectNode extrasSchema() {
        return switch (random.nextInt(4)) {
            case 0 -> JSON.objectNode();
            case 1 -> scalar();
            case 2 -> object(1);
            default -> JSON.objectNode().put("type", "array").set("items", scalar());
        };
    }

    private ObjectNode maybeNested(ObjectNode object) {
        return random.nextBoolean() ? object : rootWith("settings", object);
    }

    private static ObjectNode withExtras(ObjectNode object, ObjectNode extras) {
        object.set("additionalProperties", extras);
        return object;
    }

    private ObjectNode rootWith(String name, ObjectNode child) {
        ObjectNode root = object(1);
        root.with("properties").set(name, child);
        if (random.nextBoolean()) {
            root.withArray("required").add(name);
        }
        return root;
    }

    /** An object schema with {@code count} random properties, some required. */
    ObjectNode object(int count) {
        ObjectNode out = JSON.objectNode().put("type", "object");
        ObjectNode properties = out.putObject("properties");
        List<String> names = new ArrayList<>();
        while (names.size() < count) {
            String name = used.size() >= NAMES.size() ? "p" + used.size()
                    : NAMES.get(random.nextInt(NAMES.size()));
            if (used.add(name)) {
                names.add(name);
            }
        }
        ArrayNode required = JSON.arrayNode();
        for (String name : names) {
            properties.set(name, leaf());
            if (random.nextInt(3) == 0) {
                required.add(name);
            }
        }
        if (!required.isEmpty()) {
            out.set("required", required);
        }
        return out;
    }

    /** A leaf: a scalar, a string array, a free-form object or {@code {}}. */
    private ObjectNode leaf() {
        return switch (random.nextInt(6)) {
            case 0 -> JSON.objectNode().put("type", "array").set("items", scalar());
            case 1 -> JSON.objectNode().put("type", "object");
            case 2 -> JSON.objectNode().put("description", "anything");
            default -> scalar();
        };
    }

    private ObjectNode scalar() {
        String type = List.of("string", "integer", "number", "boolean").get(random.nextInt(4));
        return JSON.objectNode().put("type", type);
    }
}
