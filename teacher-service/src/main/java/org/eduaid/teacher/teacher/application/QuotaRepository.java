package org.eduaid.teacher.teacher.application;

import java.util.Map;

import reactor.core.publisher.Mono;

/** {@code special_post_quotas}: posts each county may fill in a year. */
public interface QuotaRepository {

    Mono<Void> save(String countyCode, int year, int posted);

    /** County → posts, for the counties of a region with a quota that year. */
    Mono<Map<String, Integer>> ofYear(String regionPrefix, int year);
}
