package org.eduaid.contracts.teacher;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * A teacher reached 20 or 30 years in rural schools and was awarded the certificate for it, once.
 *
 * @param certificateId {@code teacherId~years}
 * @param years the milestone: 20 or 30
 */
@EventType(name = "eduaid.teacher.RuralTeachingHonourAwarded", version = 1)
public record RuralTeachingHonourAwarded(String certificateId, String certificateNumber, String teacherId,
        int years, String reachedOn, String schoolCode, String countyCode, String awardedOn, Instant recordedAt) {
}
