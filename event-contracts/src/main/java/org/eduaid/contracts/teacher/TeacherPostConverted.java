package org.eduaid.contracts.teacher;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * A fixed-term post became a regular one, as a special-post (特岗) teacher's does when they stay on
 * after their three years.
 */
@EventType(name = "eduaid.teacher.TeacherPostConverted", version = 1)
public record TeacherPostConverted(String teacherId, String fromPostType, String toPostType, String convertedOn,
        String countyCode, Instant recordedAt) {
}
