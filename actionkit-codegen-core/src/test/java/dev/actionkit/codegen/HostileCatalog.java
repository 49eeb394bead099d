package dev.actionkit.codegen;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.actionkit.runtime.catalog.ActionCatalog;
import dev.actionkit.runtime.catalog.CatalogJson;

/**
 * A catalog written to break generators: every identifier and description case of issue 3,
 * every type-mapping row, names that collide with keywords, Object's methods, generated members
 * and each other, and strings too long for one class-file constant.
 */
final class HostileCatalog {

    /** A description that tries to close the comment, smuggle code and a backslash-u escape. */
    static final String INJECTION = "Ends here */ public void injected() {} /* and \\u002a/ "
            + "public int smuggled; C:\\users\\x @deprecated <b>bold</b> & $T %s $L {{settings.x}}"
            + " \u0000\u0007 bell \r\n crlf \r cr \u2028 ls \uD83D\uDE00 emoji";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private HostileCatalog() {}

    static ActionCatalog build() {
        ObjectNode root = F.objectNode();
        ObjectNode actions = root.putObject("actions");
        ArrayNode testkit = actions.putArray("testkit");
        testkit.add(action("TESTKIT_PROPERTIES", INJECTION, properties()));
        testkit.add(action("TESTKIT_TYPES", "every type-mapping row", types()));
        testkit.add(action("TESTKIT_FAIL_500", "fails", TestCatalogs.object("{}")));
        testkit.add(action("TESTKIT_RECORD", "keyword", TestCatalogs.object("{}")));
        testkit.add(action("testkit_record", "case twin", TestCatalogs.object("{}")));
        testkit.add(action("TESTKIT_DESCRIPTORS", "generated member", TestCatalogs.object("{}")));
        testkit.add(action("TESTKIT_NOT_OBJECT", "root is a string",
                TestCatalogs.object("{\"type\":\"string\"}")));
        testkit.add(action("TESTKIT_LONG", "x".repeat(70_000), longSchema()));
        ArrayNode spotify = actions.putArray("custom.spotify");
        spotify.add(action("SPOTIFY_PLAY", "play", TestCatalogs.object("{}")));
        spotify.add(action("SPOTIFY_PLAY_ASYNC", "async twin", TestCatalogs.object("{}")));
        spotify.add(action("GET_CLASS", "outside the prefix, Object method", F.objectNode()));
        spotify.add(action("SPOTIFY_WAIT", "Object method", TestCatalogs.object("{}")));
        ArrayNode drive = actions.putArray("googledrive");
        drive.add(action("GOOGLE_DRIVE_LIST_FILES", "prefix of two words",
                TestCatalogs.object("{\"type\":\"object\",\"properties\":"
                        + "{\"q\":{\"type\":\"string\"}}}")));
        actions.putArray("12306")
                .add(action("12306_GET_DATE", "digits", TestCatalogs.object("{}")));
        return CatalogJson.parse(root);
    }

    private static ObjectNode action(String name, String description, ObjectNode parameters) {
        ObjectNode item = F.objectNode().put("type", "function");
        item.putObject("function").put("name", name).put("description", description)
                .set("parameters", parameters);
        return item;
    }

    private static ObjectNode properties() {
        ObjectNode schema = F.objectNode().put("type", "object");
        ObjectNode p = schema.putObject("properties");
        for (String name : new String[] {"field-email", "filter.value", "updated_at[gt]",
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", "0", "a b", "class",
                "record", "search_depth", "searchDepth", "", "additionalProperties", "A B",
                "Level__c", "getClass", "wait", "options", "client", "instance", "copy", "build",
                "builder", "apply", "name", "value", "com", "名前"}) {
            p.putObject(name).put("type", "string").put("description", INJECTION);
        }
        schema.putArray("required").add("field-email").add("options").add("client")
                .add("missing_prop").add("instance");
        return schema;
    }

    private static ObjectNode types() {
        return TestCatalogs.object("""
            {"type": "object", "properties": {
              "salutation": {"type": "string", "enum": ["Mr.", "1000+", "", "a b", "a", "A",
                  "default", "CONSTANTS", "Mr.", null]},
              "emptyEnum": {"type": "string", "enum": []},
              "intEnum": {"type": "integer", "enum": [1, 2, 3]},
              "mixedEnum": {"enum": ["a", 1, true]},
              "constString": {"const": "x"},
              "constNumber": {"const": 5},
              "nullableArray": {"type": ["string", "null"]},
              "nullableAnyOf": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
              "oneOfUnion": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
              "allOfUnion": {"allOf": [{"type": "object"}, {"required": ["a"]}]},
              "multiType": {"type": ["string", "integer"]},
              "freeForm": {"type": "object"},
              "stringMap": {"type": "object", "additionalProperties": {"type": "string"}},
              "objectMap": {"type": "object", "additionalProperties": {"type": "object",
                  "properties": {"x": {"type": "string"}}}},
              "noItems": {"type": "array"},
              "arrayOfArrays": {"type": "array", "items": {"type": "array",
                  "items": {"type": "number"}}},
              "attachments": {"type": "array", "items": {"type": "object",
                  "properties": {"text": {"type": "string"}, "class": {"type": "boolean"}},
                  "required": ["text", "nope"]}},
              "address": {"$ref": "#/$defs/Address"},
              "billing": {"$ref": "#/$defs/Address", "description": "billing address"},
              "tree": {"$ref": "#/definitions/Node"},
              "selfRef": {"$ref": "#"},
              "missingRef": {"$ref": "#/$defs/Nope"},
              "remoteRef": {"$ref": "https://example.com/schema.json"},
              "when": {"type": "string", "format": "date-time", "default": "2020-01-01"},
              "count": {"type": "integer", "default": 3},
              "ratio": {"type": "number"},
              "flag": {"type": "boolean"},
              "untyped": {},
              "nothing": true
            },
            "$defs": {"Address": {"type": "object", "properties": {
                "street": {"type": "string"}, "zip": {"type": "string"}}}},
            "definitions": {"Node": {"type": "object", "properties": {
                "label": {"type": "string"},
                "children": {"type": "array", "items": {"$ref": "#/definitions/Node"}}}}}
            }
            """);
    }

    private static ObjectNode longSchema() {
        ObjectNode schema = F.objectNode().put("type", "object");
        schema.putObject("properties").putObject("big").put("type", "string")
                .put("description", "\u20AC".repeat(30_000));
        return schema;
    }
}
