package org.eduaid.systemtests.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * Says where docker-compose.yml disagrees with the code. Every broken rule at every place is one
 * violation in plain words, so a failing test lists all there is to fix at once.
 */
final class ComposeFileChecker {

    static final String MONGO = "mongo";
    static final String KAFKA = "kafka";
    /** The one-shot job that creates the topics before any service starts. */
    static final String KAFKA_INIT = "kafka-init";

    private ComposeFileChecker() {
    }

    static List<String> check(Platform platform) {
        List<String> violations = new ArrayList<>();
        ServiceShapeRules.check(platform, violations);
        EnvironmentRules.check(platform, violations);
        TopicRules.check(platform, violations);
        KafkaAccessRules.check(platform, violations);
        SecretRules.check(platform, violations);
        return List.copyOf(violations);
    }
}
