package org.eduaid.enrollment.household.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eduaid.enrollment.household.domain.FlagChange;
import org.eduaid.enrollment.household.domain.ReportedFlag;

/** What each outside system said about a child's household flags, and the changes each reported. */
public record HouseholdFlagsResponse(String studentId, List<SourceFlag> flags) {

    static HouseholdFlagsResponse of(String studentId, List<ReportedFlag> rows) {
        return new HouseholdFlagsResponse(studentId, rows.stream().map(SourceFlag::of).toList());
    }

    /**
     * One source's word on one flag.
     *
     * @param source poverty-registry, civil-affairs or disability-federation
     * @param countyCode the county the source placed the child in
     * @param recordedAt when the source recorded it ({@code ce_time})
     * @param history the last changes that source reported, oldest first, the current one last
     */
    public record SourceFlag(String flag, String source, boolean on, String disabilityKind, Integer disabilityGrade,
            LocalDate effectiveOn, Instant recordedAt, String countyCode, List<Change> history) {

        static SourceFlag of(ReportedFlag row) {
            FlagChange current = row.current();
            return new SourceFlag(row.flag().name(), row.source().wireName(), current.on(), kindOf(current),
                    current.disabilityGrade(), current.effectiveOn(), current.stamp().recordedAt(), row.countyCode(),
                    row.history().stream().map(Change::of).toList());
        }
    }

    /** @param eventId the CloudEvents id of the agency's record, to find it in their system or on the topic */
    public record Change(boolean on, String disabilityKind, Integer disabilityGrade, LocalDate effectiveOn,
            Instant recordedAt, String eventId) {

        static Change of(FlagChange change) {
            return new Change(change.on(), kindOf(change), change.disabilityGrade(), change.effectiveOn(),
                    change.stamp().recordedAt(), change.stamp().eventId());
        }
    }

    private static String kindOf(FlagChange change) {
        return change.disabilityKind() == null ? null : change.disabilityKind().name();
    }
}
