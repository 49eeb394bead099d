package dev.actionkit.spring.boot;

import dev.actionkit.runtime.ActionKitClient;

/**
 * Changes the builder of the auto-configured {@link ActionKitClient} after the
 * {@code actionkit.*} properties are applied, e.g. to name the generated actions so that
 * observations carry the integration key:
 *
 * <pre>{@code
 * @Bean
 * ActionKitClientCustomizer actions() {
 *     return builder -> builder.actions(Actions.descriptors());
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ActionKitClientCustomizer {

    /** Changes {@code builder}. */
    void customize(ActionKitClient.Builder builder);
}
