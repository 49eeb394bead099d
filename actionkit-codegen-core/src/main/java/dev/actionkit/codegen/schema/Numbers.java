package dev.actionkit.codegen.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Widens a number type where the schema says its values do not fit: an {@code integer} whose
 * bounds lie beyond {@code Long} becomes {@code BigInteger}; a {@code number} whose bounds lie
 * beyond {@code Double}, or whose {@code format} asks for exact decimals ({@code decimal},
 * {@code big-decimal}), becomes {@code BigDecimal}; so does an integer {@code enum} or
 * {@code const} with a value beyond {@code Long}. Everything else stays {@code Long} and
 * {@code Double}, the types a user types most easily.
 */
final class Numbers {

    private static final List<String> BOUNDS = List.of("minimum", "maximum",
            "exclusiveMinimum", "exclusiveMaximum");
    private static final Set<String> DECIMAL_FORMATS = Set.of("decimal", "big-decimal");
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigDecimal DOUBLE_MAX = new BigDecimal(Double.MAX_VALUE);

    private Numbers() {}

    /** Returns the wide type of a scalar schema, empty when the usual type fits. */
    static Optional<ObjectNode> wide(JsonNode node, String type) {
        if (type.equals("integer") && beyond(node, true)) {
            return Optional.of(existing("java.math.BigInteger"));
        }
        if (type.equals("number") && (beyond(node, false)
                || DECIMAL_FORMATS.contains(node.path("format").asText()))) {
            return Optional.of(existing("java.math.BigDecimal"));
        }
        return Optional.empty();
    }

    /**
     * Returns {@code BigInteger} for integer values ({@code enum}, {@code const}) of which one
     * does not fit {@code Long}; empty when all fit.
     */
    static Optional<ObjectNode> wideValues(List<JsonNode> integers) {
        return integers.stream().allMatch(JsonNode::canConvertToLong) ? Optional.empty()
                : Optional.of(existing("java.math.BigInteger"));
    }

    private static boolean beyond(JsonNode node, boolean integer) {
        for (String keyword : BOUNDS) {
            JsonNode bound = node.get(keyword);
            if (bound == null || !bound.isNumber()) {
                continue;
            }
            if (!Double.isFinite(bound.doubleValue())) {
                return true;
            }
            BigDecimal value = bound.decimalValue();
            if (integer ? !fitsLong(value) : value.abs().compareTo(DOUBLE_MAX) > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean fitsLong(BigDecimal value) {
        BigInteger whole = value.toBigInteger();
        return whole.compareTo(LONG_MIN) >= 0 && whole.compareTo(LONG_MAX) <= 0;
    }

    private static ObjectNode existing(String javaType) {
        return JsonNodeFactory.instance.objectNode().put("existingJavaType", javaType);
    }
}
