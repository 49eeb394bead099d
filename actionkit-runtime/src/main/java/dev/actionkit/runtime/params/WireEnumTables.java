package dev.actionkit.runtime.params;

import java.util.HashMap;
import java.util.Map;

/** The constants of each {@link WireEnum} by wire value, built once per enum on first use. */
final class WireEnumTables {

    private static final ClassValue<Map<String, Object>> TABLES = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            if (constants == null || !WireEnum.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException(type.getName()
                        + " is not an enum implementing WireEnum");
            }
            Map<String, Object> table = new HashMap<>();
            for (Object constant : constants) {
                table.putIfAbsent(((WireEnum) constant).value(), constant);
            }
            return Map.copyOf(table);
        }
    };

    private WireEnumTables() {}

    /** Returns the constants of {@code type} by wire value, unmodifiable. */
    static Map<String, Object> of(Class<?> type) {
        return TABLES.get(type);
    }
}
