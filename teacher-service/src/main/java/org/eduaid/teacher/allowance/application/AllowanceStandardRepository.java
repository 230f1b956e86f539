package org.eduaid.teacher.allowance.application;

import org.eduaid.teacher.allowance.domain.AllowanceStandard;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code allowance_standards} (one per province) and {@code allowance_school_tiers} (a school's tier, where set). */
public interface AllowanceStandardRepository {

    Flux<AllowanceStandard> standards();

    Mono<Void> save(AllowanceStandard standard);

    /** School code → tier name, for the schools whose tier an officer set. */
    Mono<java.util.Map<String, String>> schoolTiers();

    Mono<Void> setSchoolTier(String schoolCode, String tier);
}
