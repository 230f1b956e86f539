package org.eduaid.subsidy.review.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Today's civil date where the counties are: notices run and students wait in civil days. */
@Component
public class AidCalendar {

    private final Clock clock;
    private final ZoneId zone;

    public AidCalendar(Clock clock, @Value("${eduaid.review.time-zone:Asia/Shanghai}") String zone) {
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public LocalDate dateOf(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    public Clock clock() {
        return clock;
    }
}
