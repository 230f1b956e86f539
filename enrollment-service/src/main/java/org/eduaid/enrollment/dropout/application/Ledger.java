package org.eduaid.enrollment.dropout.application;

import java.util.Map;

import org.eduaid.enrollment.dropout.domain.CaseReason;
import org.eduaid.enrollment.dropout.domain.PriorityGroup;

/**
 * A county ledger the Ministry asks for (疑似 / 确认失学辍学台账): the counts, and a page of its rows.
 *
 * @param byPriorityGroup a child in two groups counts in both
 */
public record Ledger(String countyCode, String kind, long total, Map<CaseReason, Long> byReason,
        Map<PriorityGroup, Long> byPriorityGroup, CasePage page) {
}
