package org.eduaid.enrollment.dropout.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eduaid.enrollment.dropout.application.CasePage;
import org.eduaid.enrollment.dropout.application.CaseRow;
import org.eduaid.enrollment.dropout.application.Ledger;
import org.eduaid.enrollment.dropout.application.VersionedCase;
import org.eduaid.enrollment.dropout.domain.DropoutCase;
import org.eduaid.enrollment.dropout.domain.TimelineEntry;
import org.eduaid.enrollment.dropout.domain.Visit;

/** What the case endpoints answer. One case shows names (audited as a disclosure); lists never do. */
final class CaseResponses {

    private CaseResponses() {
    }

    record Case(String caseId, String childId, String countyCode, String cityCode, String reason, String detail,
            List<String> priorityGroups, String state, boolean overdue, boolean escalated, Instant escalatedAt,
            Persuasion persuasion, Return returnProof, Placement placement, Deferral deferral, String outcome,
            String closureReason, Instant openedAt, long version, List<Entry> timeline) {

        static Case of(VersionedCase versioned, LocalDate today) {
            DropoutCase c = versioned.dropoutCase();
            return new Case(c.id().value(), c.child().value(), c.countyCode(), c.cityCode(), c.reason().name(),
                    c.detail(), c.priorityGroups().stream().map(Enum::name).sorted().toList(), c.state().name(),
                    c.overdueOn(today), c.escalated(), c.escalatedAt(),
                    c.persuasion() == null ? null : new Persuasion(c.persuasion().governmentOfficial(),
                            c.persuasion().educationOfficial(), c.persuasion().deadline()),
                    c.proof() == null ? null : new Return(c.proof().schoolCode(), c.proof().returnedOn()),
                    c.placement() == null ? null : new Placement(c.placement().kind().name(), c.placement().plan(),
                            c.placement().schoolCode(), c.placement().placedOn()),
                    c.deferral() == null ? null : new Deferral(c.deferral().decision().name(), c.deferral().grounds(),
                            c.deferral().until()),
                    c.outcome() == null ? null : c.outcome().name(), c.closureReason(), c.openedAt(),
                    versioned.version(), c.timeline().stream().map(Entry::of).toList());
        }
    }

    record Persuasion(String governmentOfficial, String educationOfficial, LocalDate deadline) {
    }

    record Return(String schoolCode, LocalDate returnedOn) {
    }

    record Placement(String placement, String plan, String schoolCode, LocalDate placedOn) {
    }

    record Deferral(String decision, String grounds, LocalDate until) {
    }

    record Entry(Instant at, String step, String fromState, String toState, Actor by, VisitRecord visit, String note) {

        static Entry of(TimelineEntry e) {
            Visit v = e.visit();
            return new Entry(e.at(), e.step().name(), e.from() == null ? null : e.from().name(), e.to().name(),
                    new Actor(e.by().subject(), e.by().displayName(), e.by().role()),
                    v == null ? null : new VisitRecord(v.visitedOn(), v.visitors(),
                            v.finding() == null ? null : v.finding().name(), v.note()),
                    e.note());
        }
    }

    record Actor(String subject, String name, String role) {
    }

    record VisitRecord(LocalDate visitedOn, List<String> visitors, String finding, String note) {
    }

    record Row(String caseId, String childId, String countyCode, String reason, List<String> priorityGroups,
            String state, LocalDate deadline, boolean overdue, boolean escalated, Instant openedAt, long version) {

        static Row of(CaseRow r, LocalDate today) {
            return new Row(r.caseId(), r.childId(), r.countyCode(), r.reason().name(),
                    r.priorityGroups().stream().map(Enum::name).sorted().toList(), r.state().name(), r.deadline(),
                    r.overdueOn(today), r.escalated(), r.openedAt(), r.version());
        }
    }

    record Page(List<Row> cases, long total, int page, int size) {

        static Page of(CasePage page, LocalDate today) {
            return new Page(page.rows().stream().map(row -> Row.of(row, today)).toList(), page.total(), page.page(),
                    page.size());
        }
    }

    record LedgerView(String countyCode, String ledger, long total, Map<String, Long> byReason,
            Map<String, Long> byPriorityGroup, Page page) {

        static LedgerView of(Ledger ledger, LocalDate today) {
            return new LedgerView(ledger.countyCode(), ledger.kind(), ledger.total(), names(ledger.byReason()),
                    names(ledger.byPriorityGroup()), Page.of(ledger.page(), today));
        }

        private static Map<String, Long> names(Map<? extends Enum<?>, Long> counts) {
            Map<String, Long> named = new java.util.LinkedHashMap<>();
            counts.forEach((key, count) -> named.put(key.name(), count));
            return named;
        }
    }
}
