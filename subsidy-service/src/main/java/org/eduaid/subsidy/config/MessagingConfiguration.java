package org.eduaid.subsidy.config;

import org.eduaid.kit.consumer.BatchEventConsumer;
import org.eduaid.kit.consumer.EventConsumers;
import org.eduaid.kit.consumer.IdempotentEventConsumer;
import org.eduaid.subsidy.eligibility.application.StudentEvent;
import org.eduaid.subsidy.eligibility.messaging.StudentEventHandlers;
import org.eduaid.subsidy.school.messaging.AidSchoolProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every event this service listens to, one bean per input binding (see application.yml). */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    @Bean
    IdempotentEventConsumer schoolDirectory(EventConsumers consumers) {
        return consumers.consumer("schoolDirectory", AidSchoolProjection.handlers());
    }

    /** ELIG: enrollment-service's students → student_eligibility (aggregate + outbox → eduaid.subsidy.eligibility). */
    @Bean
    BatchEventConsumer<StudentEvent> enrollmentStudents(EventConsumers consumers, StudentEventHandlers students) {
        return consumers.batchConsumer("enrollmentStudents", students.preparations(), students.applier());
    }
}
