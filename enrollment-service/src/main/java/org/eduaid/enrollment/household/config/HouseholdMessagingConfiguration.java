package org.eduaid.enrollment.household.config;

import org.eduaid.enrollment.household.messaging.HouseholdFlagHandlers;
import org.eduaid.kit.consumer.EventConsumers;
import org.eduaid.kit.consumer.IdempotentEventConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outside systems' topics the household feature listens to, one bean per input binding (see
 * application.yml: {@code <name>-in-0}, groups from EventCatalog).
 */
@Configuration(proxyBeanMethods = false)
class HouseholdMessagingConfiguration {

    /** eduaid.inbound.poverty-registry as enrollment-poverty-flags → external_flags, students */
    @Bean
    IdempotentEventConsumer povertyFlags(EventConsumers consumers, HouseholdFlagHandlers handlers) {
        return consumers.consumer("povertyFlags", handlers.poverty());
    }

    /** eduaid.inbound.civil-affairs as enrollment-assistance-flags → external_flags, students */
    @Bean
    IdempotentEventConsumer assistanceFlags(EventConsumers consumers, HouseholdFlagHandlers handlers) {
        return consumers.consumer("assistanceFlags", handlers.assistance());
    }

    /** eduaid.inbound.disability-certificates as enrollment-disability-flags → external_flags, students */
    @Bean
    IdempotentEventConsumer disabilityFlags(EventConsumers consumers, HouseholdFlagHandlers handlers) {
        return consumers.consumer("disabilityFlags", handlers.disability());
    }
}
