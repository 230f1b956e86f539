package org.eduaid.teacher.teacher.application;

import java.util.List;

import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.teacher.teacher.domain.Teacher;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The {@code teachers} collection, each teacher stored with the events of its last change. */
public interface TeacherRepository {

    Mono<VersionedTeacher> find(String teacherId);

    /** Stores new teachers in bulk; answers the ids that were already registered (and were left as they are). */
    Mono<List<String>> addAll(List<NewTeacher> teachers, TraceContext trace);

    Mono<Long> update(ResultWithEvents<Teacher> changed, long expectedVersion, TraceContext trace);

    /** Every teacher in id order, read in one pass: a province is a few hundred thousand small documents. */
    Flux<VersionedTeacher> all();

    /**
     * Teachers with any posting in the region (a prefix of county codes; empty for all), in id order:
     * the store picks them, so a county's few thousand travel instead of the province's teachers.
     */
    Flux<VersionedTeacher> everPostedIn(String regionPrefix);

    /** Teachers whose current (or last) posting is at the school or in the region. */
    Flux<VersionedTeacher> postedIn(String schoolCode, String regionPrefix);
}
