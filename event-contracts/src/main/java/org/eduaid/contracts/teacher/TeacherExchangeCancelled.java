package org.eduaid.contracts.teacher;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/** An approved exchange was called off before it started; the teacher stays where they are. */
@EventType(name = "eduaid.teacher.TeacherExchangeCancelled", version = 1)
public record TeacherExchangeCancelled(String exchangeId, String teacherId, String countyCode, String reason,
        Instant recordedAt) {
}
