package dev.actionkit.codegen.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import dev.actionkit.runtime.catalog.CatalogJson;
import java.util.Iterator;
import java.util.Optional;

/**
 * The first place where two JSON trees differ, as a JSON pointer and both values. Numbers are
 * compared by value ({@code 5} equals {@code 5.0}): JSON Schema does so too, and a {@code number}
 * property read into a {@code Double} writes {@code 5} back as {@code 5.0}.
 */
final class JsonDiff {

    private JsonDiff() {}

    /** Returns where {@code actual} first differs from {@code expected}; empty when equal. */
    static Optional<String> first(JsonNode expected, JsonNode actual) {
        return first("", expected, actual);
    }

    private static Optional<String> first(String at, JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0
                    ? Optional.empty() : differs(at, expected, actual);
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            return differs(at, expected, actual);
        }
        if (expected.isObject()) {
            for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                Optional<String> inner = first(at + "/" + CatalogJson.escapePointer(key),
                        expected.get(key), actual.path(key));
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return expected.size() == actual.size() ? Optional.empty()
                    : differs(at, expected, actual);
        }
        if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                return differs(at, expected, actual);
            }
            for (int i = 0; i < expected.size(); i++) {
                Optional<String> inner = first(at + "/" + i, expected.get(i), actual.get(i));
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }
        return expected.equals(actual) ? Optional.empty() : differs(at, expected, actual);
    }

    private static Optional<String> differs(String at, JsonNode expected, JsonNode actual) {
        return Optional.of((at.isEmpty() ? "/" : at) + ": expected " + expected + ", got "
                + (actual.isMissingNode() ? "nothing" : actual.toString()));
    }
}
