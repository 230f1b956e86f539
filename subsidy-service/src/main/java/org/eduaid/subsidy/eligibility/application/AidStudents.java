package org.eduaid.subsidy.eligibility.application;

import java.util.Collection;
import java.util.Map;

import reactor.core.publisher.Mono;

/** Students as they stand now, read by id for batches, notices and the gap list. */
public interface AidStudents {

    /** The students known here among {@code studentIds}, by id; unknown ids are left out. */
    Mono<Map<String, AidStudent>> find(Collection<String> studentIds);
}
