package org.eduaid.teacher.teacher.application;

import java.time.LocalDate;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The registry read by rotation, staffing, allowances and honours. Streams read the store a page at
 * a time, so a province of 300,000 teachers is never held in memory or in one store reply.
 */
public interface TeacherRegistry {

    Mono<TeacherView> find(String teacherId);

    /**
     * Teachers with a posting in a school of the region (any prefix of a county code: province, city
     * or county) that overlaps {@code [from, to]}, departed ones included, each once, in id order.
     */
    Flux<TeacherView> servedIn(String regionPrefix, LocalDate from, LocalDate to);

    /** Headcount of each school in the region on a date, by subject (a teacher of two subjects counts in both). */
    Flux<SchoolTeachers> countsBySchool(String regionPrefix, LocalDate on);
}
