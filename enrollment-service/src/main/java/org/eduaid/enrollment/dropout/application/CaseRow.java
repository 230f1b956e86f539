package org.eduaid.enrollment.dropout.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.eduaid.enrollment.dropout.domain.CaseReason;
import org.eduaid.enrollment.dropout.domain.CaseState;
import org.eduaid.enrollment.dropout.domain.PriorityGroup;

/** A case in a list or ledger: no names, no visit records, no health details. */
public record CaseRow(String caseId, String childId, String countyCode, String cityCode, CaseReason reason,
        Set<PriorityGroup> priorityGroups, CaseState state, LocalDate deadline, boolean escalated, Instant openedAt,
        long version) {

    public boolean overdueOn(LocalDate today) {
        return state == CaseState.PERSUASION && deadline != null && deadline.isBefore(today);
    }
}
