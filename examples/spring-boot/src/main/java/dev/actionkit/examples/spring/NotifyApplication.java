package dev.actionkit.examples.spring;

import dev.actionkit.examples.spring.generated.Actions;
import dev.actionkit.spring.boot.ActionKitClientCustomizer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A web application that sends Slack messages for its users through ActionKit. */
@SpringBootApplication
public class NotifyApplication {

    /** Starts the application. */
    public static void main(String[] args) {
        SpringApplication.run(NotifyApplication.class, args);
    }

    /** Names the generated actions, so that each call's observation carries its integration. */
    @Bean
    ActionKitClientCustomizer generatedActions() {
        return builder -> builder.actions(Actions.descriptors());
    }
}
