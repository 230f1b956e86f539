package org.eduaid.contracts.teacher;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * The teacher's exchange ended on {@code endedOn} and they returned to their home school.
 *
 * @param early ended before the planned end (cancelled after it started)
 */
@EventType(name = "eduaid.teacher.TeacherExchangeEnded", version = 1)
public record TeacherExchangeEnded(String exchangeId, String teacherId, boolean principal, String direction,
        String fromSchoolCode, String fromCountyCode, String endedOn, boolean early, Instant recordedAt) {
}
