package org.eduaid.teacher.config;

import org.eduaid.kit.consumer.EventConsumers;
import org.eduaid.kit.consumer.IdempotentEventConsumer;
import org.eduaid.teacher.enrolment.messaging.SchoolEnrolmentProjection;
import org.eduaid.teacher.school.messaging.PostingSchoolProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every event this service listens to, one bean per input binding (see application.yml). */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    @Bean
    IdempotentEventConsumer schoolDirectory(EventConsumers consumers) {
        return consumers.consumer("schoolDirectory", PostingSchoolProjection.handlers());
    }

    @Bean
    IdempotentEventConsumer schoolEnrolment(EventConsumers consumers) {
        return consumers.consumer("schoolEnrolment", SchoolEnrolmentProjection.handlers());
    }
}
