package org.eduaid.enrollment.roster.application;

import java.util.Objects;

import org.eduaid.kit.privacy.ResidentIdNumber;

/** One validated row of a county's school-age roster import (the household-registration extract). */
public record RosterRecord(long rowNumber, ResidentIdNumber idNumber, String name, String countyCode,
        String townshipCode, String villageCode) {

    public RosterRecord {
        Objects.requireNonNull(idNumber, "idNumber");
    }
}
