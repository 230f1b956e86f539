package org.eduaid.reporting.config;

import org.eduaid.kit.consumer.EventConsumers;
import org.eduaid.kit.consumer.IdempotentEventConsumer;
import org.eduaid.kit.regions.RegionDirectory;
import org.eduaid.reporting.school.messaging.SchoolFigureProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every event this service listens to, one bean per input binding (see application.yml). */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    @Bean
    IdempotentEventConsumer schoolFigureProjection(EventConsumers consumers, RegionDirectory regions) {
        return consumers.consumer("schoolFigureProjection", new SchoolFigureProjection(regions).handlers());
    }
}
