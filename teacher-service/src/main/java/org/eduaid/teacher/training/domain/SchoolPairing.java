package org.eduaid.teacher.training.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.eduaid.contracts.teacher.SchoolPairingFormed;
import org.eduaid.kit.domain.ResultWithEvents;

/** An urban school helping a rural one (结对帮扶) for a period; id {@code urbanSchool~ruralSchool~startYear}. */
public record SchoolPairing(String id, String urbanSchoolCode, String urbanCountyCode, String ruralSchoolCode,
        String ruralCountyCode, LocalDate startsOn, LocalDate endsOn) {

    public SchoolPairing {
        if (!endsOn.isAfter(startsOn)) {
            throw new IllegalArgumentException("endsOn must lie after startsOn");
        }
    }

    public static ResultWithEvents<SchoolPairing> form(String urbanSchoolCode, String urbanCountyCode, String ruralSchoolCode,
            String ruralCountyCode, LocalDate startsOn, LocalDate endsOn, Instant at) {
        SchoolPairing pairing = new SchoolPairing(urbanSchoolCode + "~" + ruralSchoolCode + "~" + startsOn.getYear(),
                urbanSchoolCode, urbanCountyCode, ruralSchoolCode, ruralCountyCode, startsOn, endsOn);
        return ResultWithEvents.of(pairing, new SchoolPairingFormed(pairing.id, urbanSchoolCode, urbanCountyCode,
                ruralSchoolCode, ruralCountyCode, startsOn.toString(), endsOn.toString(), at));
    }
}
