package org.eduaid.enrollment.config;

import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.kit.outbox.AggregateStoreFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The aggregate collections of this service; the outbox relay publishes the events pending in each. */
@Configuration(proxyBeanMethods = false)
class SchoolStoreConfiguration {

    @Bean
    AggregateStore schoolStore(AggregateStoreFactory stores) {
        return stores.forCollection("schools");
    }
}
