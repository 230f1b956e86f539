package org.eduaid.contracts.teacher;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * A teacher left teaching in the region's schools; their last posting ended on {@code departedOn}.
 *
 * @param reason RETIRED, RESIGNED, TERM_ENDED (a fixed-term post not converted), DECEASED or MOVED_AWAY
 */
@EventType(name = "eduaid.teacher.TeacherDeparted", version = 1)
public record TeacherDeparted(String teacherId, String departedOn, String reason, String postType,
        String schoolCode, String countyCode, Instant recordedAt) {
}
