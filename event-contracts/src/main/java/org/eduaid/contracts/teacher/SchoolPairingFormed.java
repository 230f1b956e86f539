package org.eduaid.contracts.teacher;

import java.time.Instant;

import org.eduaid.contracts.EventType;

/** An urban school and a rural school were paired (结对帮扶) for the given period. */
@EventType(name = "eduaid.teacher.SchoolPairingFormed", version = 1)
public record SchoolPairingFormed(String pairingId, String urbanSchoolCode, String urbanCountyCode,
        String ruralSchoolCode, String ruralCountyCode, String startsOn, String endsOn, Instant recordedAt) {
}
