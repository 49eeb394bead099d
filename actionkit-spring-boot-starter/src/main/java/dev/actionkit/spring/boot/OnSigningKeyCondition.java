package dev.actionkit.spring.boot;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when {@code actionkit.signing-key} or {@code actionkit.signing-key-location} is set. */
final class OnSigningKeyCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context,
            AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        for (String property : new String[] {SigningKeys.KEY, SigningKeys.LOCATION}) {
            if (StringUtils.hasText(environment.getProperty(property))) {
                return ConditionOutcome.match(property + " is set");
            }
        }
        return ConditionOutcome.noMatch("neither " + SigningKeys.KEY + " nor "
                + SigningKeys.LOCATION + " is set");
    }
}
