package org.eduaid.teacher.enrolment.application;

import java.util.Map;

import reactor.core.publisher.Mono;

/** How many students each school has in each stage, as enrollment-service's events said. */
public interface SchoolEnrolments {

    /** School code → stage → students counted toward staffing, for the schools of a region. */
    Mono<Map<String, Map<String, Integer>>> studentsByStage(String regionPrefix);
}
