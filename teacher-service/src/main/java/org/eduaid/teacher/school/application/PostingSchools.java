package org.eduaid.teacher.school.application;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** teacher-service's own copy of the schools, kept from enrollment-service's events. */
public interface PostingSchools {

    Mono<PostingSchool> find(String schoolCode);

    /** The schools of a region: any prefix of a county code (province, city or county; empty for all). */
    Flux<PostingSchool> inRegion(String regionPrefix);
}
