package org.eduaid.teacher.staffing.config;

import org.eduaid.teacher.staffing.application.Staffing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import reactor.core.publisher.Flux;

/** PROVISIONAL: no staffing figures until STAFF's land; STAFF deletes this class. */
@Configuration(proxyBeanMethods = false)
class ProvisionalStaffing {

    @Bean
    Staffing schoolStaffing() {
        return regionPrefix -> Flux.empty();
    }
}
