package dev.actionkit.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports an {@link ActionKitConfigurationException} at startup as what is wrong and what to
 * set, instead of a stack trace.
 */
public final class ActionKitFailureAnalyzer
        extends AbstractFailureAnalyzer<ActionKitConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure,
            ActionKitConfigurationException cause) {
        return new FailureAnalysis("ActionKit is not configured: " + cause.getMessage(),
                cause.action(), cause);
    }
}
