package org.eduaid.contracts.teacher;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/**
 * A teacher (or principal) will serve at another school from {@code startsOn} to {@code endsOn} and
 * then return.
 *
 * @param direction URBAN_TO_RURAL, RURAL_TO_URBAN, WITHIN_RURAL or WITHIN_URBAN
 * @param planId the rotation plan it belongs to, or null for an exchange approved on its own
 */
@EventType(name = "eduaid.teacher.TeacherExchangeApproved", version = 1)
public record TeacherExchangeApproved(String exchangeId, String planId, String teacherId, boolean principal,
        boolean backbone, String fromSchoolCode, String fromCountyCode, boolean fromRural, String toSchoolCode,
        String toCountyCode, boolean toRural, String direction, String startsOn, String endsOn,
        Instant recordedAt) {
}
