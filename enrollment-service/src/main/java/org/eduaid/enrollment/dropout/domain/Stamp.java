package org.eduaid.enrollment.dropout.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Who acts and when: the record time, and the civil date in the county's time zone that dates
 * are checked against (a deadline may not be before it, a visit not after it).
 */
public record Stamp(Actor by, Instant at, LocalDate today) {

    public Stamp {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(today, "today");
    }
}
