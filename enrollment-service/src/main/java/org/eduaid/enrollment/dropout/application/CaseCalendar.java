package org.eduaid.enrollment.dropout.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Today's civil date where the counties are (deadlines and visit dates are civil dates, not instants). */
@Component
public class CaseCalendar {

    private final Clock clock;
    private final ZoneId zone;

    public CaseCalendar(Clock clock, @Value("${eduaid.cases.time-zone:Asia/Shanghai}") String zone) {
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public Clock clock() {
        return clock;
    }
}
