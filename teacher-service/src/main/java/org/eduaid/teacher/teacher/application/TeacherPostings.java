package org.eduaid.teacher.teacher.application;

import java.time.LocalDate;

import org.eduaid.teacher.teacher.domain.PostingReason;

import reactor.core.publisher.Mono;

/**
 * Moves a teacher between schools on behalf of another feature (exchanges start and end through
 * it). Idempotent per {@code (reason, exchangeId)}: a repeated call finds the posting already there
 * and changes nothing, so callers may retry after a crash.
 */
public interface TeacherPostings {

    /**
     * Ends the teacher's current posting the day before {@code from} and opens one at the school;
     * raises TeacherAssigned. Empty when done or already done; errors with 404/409 problems when the
     * teacher or school is unknown or the teacher has departed.
     */
    Mono<Void> move(String teacherId, String schoolCode, LocalDate from, PostingReason reason, String exchangeId);
}
