package org.eduaid.enrollment.student.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One enrolment of a student at one school, from its start to its end. A student's enrolments form
 * a history; only the last may hold the place (ACTIVE or SUSPENDED).
 *
 * @param since when the enrolment reached {@code state} (the start day for ACTIVE after enrolling)
 * @param reason the suspension or withdrawal reason, else {@code null}
 * @param recordedAt when the last change of this enrolment was recorded
 */
public record Enrolment(Placement placement, LocalDate startedOn, EnrolmentState state, LocalDate since,
        String reason, Instant recordedAt) {

    public Enrolment {
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(startedOn, "startedOn");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public String schoolCode() {
        return placement.schoolCode();
    }

    public String countyCode() {
        return placement.countyCode();
    }

    Enrolment moveTo(EnrolmentState next, LocalDate on, String why, Instant now) {
        return new Enrolment(placement, startedOn, next, on, why, now);
    }
}
