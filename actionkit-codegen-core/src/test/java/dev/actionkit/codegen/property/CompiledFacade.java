package dev.actionkit.codegen.property;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.actionkit.codegen.schema.Utf16;
import dev.actionkit.runtime.ActionDescriptor;
import dev.actionkit.runtime.ActionResult;
import dev.actionkit.runtime.catalog.ActionCatalog;
import dev.actionkit.runtime.catalog.ActionDefinition;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Checks, on the compiled classes, that every action of a catalog is reachable from the
 * {@code Actions} facade exactly once: {@code Actions.accessor()} returns an integration class
 * with a method taking the action's parameter class (whose {@code ACTION_NAME} is the exact
 * name) and its {@code Async} twin, and the descriptors carry the exact name, the listed
 * integration, the description and the original schema.
 */
final class CompiledFacade {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CompiledFacade() {}

    /** Asserts that each distinct action name of {@code catalog} is reachable exactly once. */
    static void assertEveryActionReachable(ClassLoader loader, String packageName,
            ActionCatalog catalog, Map<String, Set<String>> listings) throws Exception {
        Class<?> actions = loader.loadClass(packageName + ".Actions");
        Map<String, String> routes = new TreeMap<>();
        for (Method accessor : actions.getDeclaredMethods()) {
            if (!Modifier.isPublic(accessor.getModifiers())
                    || Modifier.isStatic(accessor.getModifiers())) {
                continue;
            }
            assertThat(accessor.getParameterCount()).as(accessor.toString()).isZero();
            Class<?> integration = accessor.getReturnType();
            for (ActionDescriptor descriptor : descriptors(integration)) {
                String route = accessor.getName() + "()." + method(integration, descriptor);
                assertThat(routes.put(descriptor.name(), route))
                        .as("%s is reachable twice", descriptor.name()).isNull();
                assertThat(listings.get(descriptor.name())).as(route)
                        .contains(descriptor.integration());
            }
        }
        assertThat(routes.keySet()).as("actions reachable from Actions")
                .containsExactlyInAnyOrderElementsOf(listings.keySet());
        List<String> all = new ArrayList<>();
        for (Object d : (List<?>) actions.getMethod("descriptors").invoke(null)) {
            all.add(assertFaithful((ActionDescriptor) d, catalog));
        }
        assertThat(all).as("Actions.descriptors()").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(listings.keySet());
    }

    private static List<ActionDescriptor> descriptors(Class<?> integration) throws Exception {
        List<ActionDescriptor> list = new ArrayList<>();
        for (Object d : (List<?>) integration.getMethod("descriptors").invoke(null)) {
            list.add((ActionDescriptor) d);
        }
        return list;
    }

    /** Returns the method that runs the action with its parameter object, checked. */
    private static String method(Class<?> integration, ActionDescriptor descriptor)
            throws Exception {
        for (Method method : integration.getMethods()) {
            if (method.getParameterCount() != 1 || method.getReturnType() != ActionResult.class) {
                continue;
            }
            Class<?> params = method.getParameterTypes()[0];
            if (!hasConstant(params, "ACTION_NAME")
                    || !descriptor.name().equals(params.getField("ACTION_NAME").get(null))) {
                continue;
            }
            assertThat(params.getField("DESCRIPTOR").get(null)).isSameAs(descriptor);
            Method async = integration.getMethod(method.getName() + "Async", params);
            assertThat(async.getReturnType()).isEqualTo(CompletableFuture.class);
            return method.getName() + "(" + params.getSimpleName() + ")";
        }
        throw new AssertionError("no method of " + integration.getName() + " runs "
                + descriptor.name());
    }

    private static boolean hasConstant(Class<?> type, String name) {
        try {
            return Modifier.isStatic(type.getField(name).getModifiers());
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /** Asserts the descriptor equals the listed action; returns its name. */
    private static String assertFaithful(ActionDescriptor descriptor, ActionCatalog catalog)
            throws Exception {
        ActionDefinition listed = catalog.actions().stream()
                .filter(a -> a.name().equals(descriptor.name())
                        && a.integration().equals(descriptor.integration()))
                .findFirst().orElseThrow(() -> new AssertionError("not listed: " + descriptor));
        assertThat(descriptor.description()).isEqualTo(Utf16.wellFormed(listed.description()));
        assertThat(JSON.readTree(descriptor.parametersSchemaJson()))
                .isEqualTo(listed.parametersView());
        return descriptor.name();
    }
}
