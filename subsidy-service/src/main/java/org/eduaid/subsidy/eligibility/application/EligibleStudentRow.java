package org.eduaid.subsidy.eligibility.application;

import java.time.Instant;
import java.util.List;

/** A row of the county's list of eligible students: masked, with the rule per programme. */
public record EligibleStudentRow(String studentId, String maskedName, String countyCode, String schoolCode,
        String stage, List<Programme> programmes) {

    public record Programme(String programmeCode, String ruleCode, Instant decidedAt) {
    }
}
