package org.eduaid.kit.privacy.config;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when any of the privacy settings is given. Partly given still matches, so that the
 * beans are created and fail with the name of what is missing, instead of the service starting
 * without protection.
 */
class OnPrivacyKeysConfigured extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        boolean configured = Binder.get(context.getEnvironment()).bind("eduaid.privacy", PrivacyProperties.class)
                .map(PrivacyProperties::anyConfigured).orElse(false);
        return configured ? ConditionOutcome.match("privacy keys are configured")
                : ConditionOutcome.noMatch("no privacy keys are configured (EDUAID_PRIVACY_KEYS, "
                        + "EDUAID_PRIVACY_ACTIVE_KEY, EDUAID_BLIND_INDEX_KEY)");
    }
}
