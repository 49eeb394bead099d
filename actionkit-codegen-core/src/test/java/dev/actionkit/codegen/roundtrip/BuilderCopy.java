package dev.actionkit.codegen.roundtrip;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.NullNode;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a copy of a generated parameter object the way a user would: {@code builder()}, one
 * builder call per property that is set (nested generated objects built the same way), one
 * {@code additionalProperty(name, value)} per extra key, then {@code build()}. Reflection
 * stands in for the user's code, so the copy proves that the builder can express the value.
 */
final class BuilderCopy {

    private BuilderCopy() {}

    /** Returns {@code value} rebuilt through the generated builders, recursively. */
    static Object rebuild(Object value) throws ReflectiveOperationException {
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object item : list) {
                out.add(rebuild(item));
            }
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.put(entry.getKey(), rebuild(entry.getValue()));
            }
            return out;
        }
        if (value == null || !generated(value.getClass())) {
            return value;
        }
        return build(value);
    }

    private static boolean generated(Class<?> type) {
        return type.getName().startsWith(CompiledCatalog.PACKAGE + ".") && !type.isEnum();
    }

    private static Object build(Object value) throws ReflectiveOperationException {
        Class<?> type = value.getClass();
        Object builder = type.getMethod("builder").invoke(null);
        Map<Object, Object> extras = new LinkedHashMap<>(extras(value));
        for (Field field : type.getDeclaredFields()) {
            if (!isProperty(field)) {
                continue;
            }
            field.setAccessible(true);
            Object fieldValue = field.get(value);
            String wireName = wireName(field);
            if (fieldValue != null) {
                setter(builder.getClass(), field.getName())
                        .invoke(builder, rebuild(fieldValue));
            } else if (extras.get(wireName) instanceof NullNode) {
                // an explicit null is set as a user would: x(null)
                extras.remove(wireName);
                setter(builder.getClass(), field.getName()).invoke(builder, (Object) null);
            }
        }
        if (!extras.isEmpty()) {
            Method additional = setter(builder.getClass(), "additionalProperty");
            for (Map.Entry<?, ?> entry : extras.entrySet()) {
                additional.invoke(builder, entry.getKey(), rebuild(entry.getValue()));
            }
        }
        return builder.getClass().getMethod("build").invoke(builder);
    }

    /** Whether {@code field} of a generated class is a property: every instance field is. */
    static boolean isProperty(Field field) {
        return !Modifier.isStatic(field.getModifiers());
    }

    /**
     * Returns the wire name of a property field: its {@code @JsonProperty} where the generator
     * renamed it, else its own name (the runtime's {@code ParamsObject} has Jackson see fields).
     */
    static String wireName(Field field) {
        JsonProperty renamed = field.getAnnotation(JsonProperty.class);
        return renamed == null ? field.getName() : renamed.value();
    }

    /** Returns the extra properties of a generated object, empty when it has none. */
    static Map<?, ?> extras(Object value) throws ReflectiveOperationException {
        try {
            return (Map<?, ?>) value.getClass().getMethod("getAdditionalProperties").invoke(value);
        } catch (NoSuchMethodException e) {
            return Map.of();
        }
    }

    private static Method setter(Class<?> builder, String name) throws NoSuchMethodException {
        for (Method method : builder.getMethods()) {
            if (method.getName().equals(name)
                    && method.getParameterCount() == (name.equals("additionalProperty") ? 2 : 1)) {
                return method;
            }
        }
        throw new NoSuchMethodException(builder.getName() + "." + name);
    }
}
