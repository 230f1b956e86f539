package org.eduaid.enrollment.household.domain;

import java.time.LocalDate;

/** One change of a flag as an outside system recorded it: an entry of a {@link ReportedFlag}'s history. */
public record FlagChange(boolean on, DisabilityKind disabilityKind, Integer disabilityGrade, LocalDate effectiveOn,
        RecordStamp stamp, String sourceRecord) {
}
