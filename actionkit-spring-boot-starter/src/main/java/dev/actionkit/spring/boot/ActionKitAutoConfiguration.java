package dev.actionkit.spring.boot;

import dev.actionkit.micrometer.ActionKitObservationConvention;
import dev.actionkit.micrometer.ActionKitObservations;
import dev.actionkit.runtime.ActionKitClient;
import dev.actionkit.runtime.ActionKitObserver;
import dev.actionkit.runtime.UserTokenMinter;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configures ActionKit from the {@code actionkit.*} properties ({@link ActionKitProperties}):
 * an {@link ActionKitClient}; with a signing key, a {@link UserTokenMinter} and
 * {@link ActionKitUsers}; with an {@link ObservationRegistry}, {@code actionkit.action}
 * observations of every call. Each bean backs off when the application defines its own.
 */
@AutoConfiguration(afterName = {ActionKitAutoConfiguration.OBSERVATION_AUTO_CONFIGURATION,
        ActionKitAutoConfiguration.BOOT3_OBSERVATION_AUTO_CONFIGURATION})
@ConditionalOnClass(ActionKitClient.class)
@EnableConfigurationProperties(ActionKitProperties.class)
public class ActionKitAutoConfiguration {

    static final String OBSERVATION_AUTO_CONFIGURATION = "org.springframework.boot.micrometer"
            + ".observation.autoconfigure.ObservationAutoConfiguration";

    /** Where Spring Boot 3.5 keeps it. */
    static final String BOOT3_OBSERVATION_AUTO_CONFIGURATION = "org.springframework.boot.actuate"
            + ".autoconfigure.observation.ObservationAutoConfiguration";

    /**
     * The client: every {@link ActionKitObserver} bean sees its calls, and every
     * {@link ActionKitClientCustomizer} bean may change its builder.
     */
    @Bean
    @ConditionalOnMissingBean
    public ActionKitClient actionKitClient(ActionKitProperties properties,
            ObjectProvider<ActionKitObserver> observers,
            ObjectProvider<ActionKitClientCustomizer> customizers) {
        ActionKitClient.Builder builder = ClientSettings.builder(properties);
        ActionKitObserver observer = CompositeObserver.of(observers.orderedStream().toList());
        if (observer != null) {
            builder.observer(observer);
        }
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return ClientSettings.build(builder);
    }

    /** Signs user tokens with {@code actionkit.signing-key} or {@code -location}. */
    @Bean
    @ConditionalOnMissingBean
    @Conditional(OnSigningKeyCondition.class)
    public UserTokenMinter actionKitUserTokenMinter(ActionKitProperties properties) {
        return SigningKeys.minter(properties);
    }

    /** A client per user id, with tokens minted and cached ({@code actionkit.users.*}). */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(UserTokenMinter.class)
    public ActionKitUsers actionKitUsers(ActionKitClient client, UserTokenMinter minter,
            ActionKitProperties properties) {
        ActionKitProperties.Users users = properties.getUsers();
        try {
            return new ActionKitUsers(client, minter, users.getTokenValidity(),
                    users.getRenewBefore(), users.getMaxCachedUsers(), Clock.systemUTC());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ActionKitConfigurationException("actionkit.users", e.getMessage(),
                    "Set actionkit.users.renew-before below actionkit.users.token-validity, and "
                            + "actionkit.users.max-cached-users to 1 or more.");
        }
    }

    /** Observations of every call, when Micrometer's registry is a bean. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({ObservationRegistry.class, ActionKitObservations.class})
    @ConditionalOnBean(ObservationRegistry.class)
    static class Observations {

        /** The {@code actionkit.action} observations, with the convention bean if there is one. */
        @Bean
        @ConditionalOnMissingBean
        ActionKitObservations actionKitObservations(ObservationRegistry registry,
                ObjectProvider<ActionKitObservationConvention> convention) {
            return new ActionKitObservations(registry, convention.getIfUnique());
        }
    }
}
