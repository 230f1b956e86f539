package org.eduaid.enrollment.roster.config;

import org.eduaid.enrollment.roster.application.RegistryRecordApplier;
import org.eduaid.enrollment.roster.domain.SchoolAgePolicy;
import org.eduaid.enrollment.roster.messaging.PopulationRegistryHandlers;
import org.eduaid.kit.consumer.EventConsumers;
import org.eduaid.kit.consumer.IdempotentEventConsumer;
import org.eduaid.kit.events.TraceContexts;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.outbox.AggregateStoreFactory;
import org.eduaid.kit.regions.RegionDirectory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The roster feature's wiring: its aggregate collection (with outbox), its settings, the
 * population-registry consumer (binding {@code populationRoster-in-0}) and the scheduled comparison.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(RosterProperties.class)
public class RosterConfiguration {

    @Bean
    AggregateStore rosterStore(AggregateStoreFactory stores) {
        return stores.forCollection("roster");
    }

    @Bean
    SchoolAgePolicy schoolAgePolicy(RosterProperties properties) {
        return properties.policy();
    }

    /** eduaid.inbound.population-registry → roster (births, moves in and out, deaths). */
    @Bean
    IdempotentEventConsumer populationRoster(EventConsumers consumers, RegistryRecordApplier roster, RegionDirectory regions,
            TraceContexts traces) {
        return consumers.consumer("populationRoster",
                new PopulationRegistryHandlers(roster, regions, traces).handlers());
    }
}
