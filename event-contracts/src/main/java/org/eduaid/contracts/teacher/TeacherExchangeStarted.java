package org.eduaid.contracts.teacher;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/** The teacher began serving at the exchange's school on {@code startedOn}. */
@EventType(name = "eduaid.teacher.TeacherExchangeStarted", version = 1)
public record TeacherExchangeStarted(String exchangeId, String teacherId, boolean principal, String direction,
        String toSchoolCode, String toCountyCode, String startedOn, Instant recordedAt) {
}
