package org.eduaid.teacher.teacher.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One stretch of a career at one school, both ends inclusive; {@code to} is null while it lasts.
 * {@code rural} is the school's locality while the teacher served there.
 */
public record Posting(String schoolCode, String countyCode, boolean rural, LocalDate from, LocalDate to,
        PostingReason reason, String exchangeId) {

    public Posting {
        Objects.requireNonNull(schoolCode, "schoolCode");
        Objects.requireNonNull(countyCode, "countyCode");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(reason, "reason");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a posting cannot end before it begins");
        }
    }

    public boolean open() {
        return to == null;
    }

    /** Days served in this posting from its start up to and including {@code asOf}. */
    public long daysServedUpTo(LocalDate asOf) {
        return daysServedWithin(from, asOf);
    }

    /** Days of this posting inside {@code [first, last]}, both inclusive. */
    public long daysServedWithin(LocalDate first, LocalDate last) {
        LocalDate start = from.isAfter(first) ? from : first;
        LocalDate end = to == null || to.isAfter(last) ? last : to;
        return end.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    /** This posting ended on {@code lastDay}. */
    public Posting endedOn(LocalDate lastDay) {
        return new Posting(schoolCode, countyCode, rural, from, lastDay, reason, exchangeId);
    }

    public Optional<LocalDate> end() {
        return Optional.ofNullable(to);
    }
}
