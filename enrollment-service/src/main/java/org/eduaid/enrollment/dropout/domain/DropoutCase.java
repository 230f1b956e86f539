package org.eduaid.enrollment.dropout.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eduaid.contracts.enrollment.DropoutCaseClosed;
import org.eduaid.contracts.enrollment.DropoutCaseDeferred;
import org.eduaid.contracts.enrollment.DropoutCaseEscalated;
import org.eduaid.contracts.enrollment.DropoutCaseOpened;
import org.eduaid.contracts.enrollment.DropoutCasePersuasionStarted;
import org.eduaid.contracts.enrollment.DropoutCasePlaced;
import org.eduaid.contracts.enrollment.DropoutCaseReturned;
import org.eduaid.contracts.enrollment.DropoutCaseVerified;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.kit.domain.ResultWithEvents;

/**
 * An out-of-school case (控辍保学) about one child, followed by the child's county: verified by a
 * household visit, persuaded back under two responsible officials, and closed (销号) once the child
 * is back, placed, deferred or exempted, or the report proved not genuine. Every step is kept in
 * the timeline with who and when. A case past its persuasion deadline escalates to the city, once.
 *
 * @param cityCode the city above the county: it follows escalated cases
 * @param detail what the finder said (days absent, the withdrawal reason, the reporter's note)
 * @param priorityGroups the child's groups when the case opened
 * @param proof the active enrolment a return rests on, once returned
 * @param closureReason the officer's words on closing
 */
public record DropoutCase(CaseId id, PersonId child, String countyCode, String cityCode, CaseReason reason,
        String detail, Set<PriorityGroup> priorityGroups, CaseState state, Persuasion persuasion, EnrolmentProof proof,
        Placement placement, Deferral deferral, CaseOutcome outcome, String closureReason, boolean escalated,
        Instant escalatedAt, Instant openedAt, List<TimelineEntry> timeline) {

    private static final Set<CaseState> CLOSABLE = EnumSet.of(CaseState.RETURNED, CaseState.PLACED,
            CaseState.DEFERRED, CaseState.EXEMPTED, CaseState.NOT_GENUINE);

    public DropoutCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(openedAt, "openedAt");
        InvalidCaseDataException.require(countyCode != null && countyCode.matches("\\d{6}"), "countyCode",
                "must be a 6-digit county code");
        InvalidCaseDataException.require(cityCode != null && cityCode.matches("\\d{4}")
                && countyCode.startsWith(cityCode), "countyCode", "must lie in a city");
        priorityGroups = Set.copyOf(priorityGroups);
        timeline = List.copyOf(timeline);
    }

    /** Opens a case in {@link CaseState#REPORTED}; whether the county exists is the caller's check. */
    public static ResultWithEvents<DropoutCase> open(CaseId id, PersonId child, String countyCode, String cityCode,
            CaseReason reason, String detail, Set<PriorityGroup> priorityGroups, Stamp stamp) {
        String cleanDetail = detail == null || detail.isBlank() ? null : InvalidCaseDataException.text(detail, "note", 500);
        DropoutCase opened = new DropoutCase(id, child, countyCode, cityCode, reason, cleanDetail, priorityGroups,
                CaseState.REPORTED, null, null, null, null, null, null, false, null, stamp.at(),
                List.of(new TimelineEntry(stamp.at(), TimelineEntry.Step.OPENED, null, CaseState.REPORTED, stamp.by(),
                        null, null)));
        return ResultWithEvents.of(opened, new DropoutCaseOpened(id.value(), child.value(), countyCode, reason.name(),
                priorityGroups.stream().map(Enum::name).sorted().toList(), stamp.at()));
    }

    /** The household visit settles whether the child is really out of school. */
    public ResultWithEvents<DropoutCase> verify(Visit visit, Stamp stamp) {
        requireState("verify by a household visit", CaseState.REPORTED);
        Objects.requireNonNull(visit, "visit");
        InvalidCaseDataException.require(visit.finding() != null, "finding", "is required for the verifying visit");
        visit.requireNotAfter(stamp.today());
        CaseState next = visit.finding().genuine() ? CaseState.VERIFIED_GENUINE : CaseState.NOT_GENUINE;
        DropoutCase verified = moveTo(next, TimelineEntry.Step.VERIFIED, stamp, visit, null);
        return ResultWithEvents.of(verified, new DropoutCaseVerified(id.value(), child.value(), countyCode,
                visit.finding().name(), visit.finding().genuine(), visit.visitedOn().toString(), stamp.at()));
    }

    /** Another visit while persuading: kept in the timeline, no event (nothing changes for other services). */
    public ResultWithEvents<DropoutCase> recordVisit(Visit visit, Stamp stamp) {
        requireState("record a further visit", CaseState.PERSUASION);
        Objects.requireNonNull(visit, "visit");
        InvalidCaseDataException.require(visit.finding() == null, "finding",
                "only the verifying visit has a finding");
        visit.requireNotAfter(stamp.today());
        return ResultWithEvents.of(moveTo(state, TimelineEntry.Step.VISITED, stamp, visit, null));
    }

    public ResultWithEvents<DropoutCase> startPersuasion(Persuasion persuasion, Stamp stamp) {
        requireState("start persuasion", CaseState.VERIFIED_GENUINE);
        Objects.requireNonNull(persuasion, "persuasion");
        InvalidCaseDataException.require(!persuasion.deadline().isBefore(stamp.today()), "deadline",
                "must not be in the past");
        DropoutCase persuading = with(CaseState.PERSUASION, persuasion, proof, placement, deferral, outcome,
                closureReason, escalated, escalatedAt, entry(TimelineEntry.Step.PERSUASION_STARTED, CaseState.PERSUASION,
                        stamp, null, null));
        return ResultWithEvents.of(persuading, new DropoutCasePersuasionStarted(id.value(), child.value(), countyCode,
                persuasion.deadline().toString(), stamp.at()));
    }

    /** The child is back at school; {@code proof} is the active enrolment the registry holds. */
    public ResultWithEvents<DropoutCase> recordReturn(EnrolmentProof proof, Stamp stamp) {
        requireState("record a return to school", CaseState.PERSUASION);
        if (proof == null) {
            throw new CaseTransitionException("record a return to school", state,
                    "a return to school needs an active enrolment as proof");
        }
        InvalidCaseDataException.require(!proof.returnedOn().isAfter(stamp.today()), "returnedOn",
                "must not be in the future");
        DropoutCase returned = with(CaseState.RETURNED, persuasion, proof, placement, deferral, outcome, closureReason,
                escalated, escalatedAt, entry(TimelineEntry.Step.RETURNED, CaseState.RETURNED, stamp, null, null));
        return ResultWithEvents.of(returned, new DropoutCaseReturned(id.value(), child.value(), countyCode,
                proof.schoolCode(), proof.returnedOn().toString(), stamp.at()));
    }

    /** One plan for one disabled child (一人一案); {@code childDisabled} as the registry knows it now. */
    public ResultWithEvents<DropoutCase> place(Placement placement, boolean childDisabled, Stamp stamp) {
        requireState("place the child", CaseState.PERSUASION);
        Objects.requireNonNull(placement, "placement");
        if (!childDisabled && !priorityGroups.contains(PriorityGroup.DISABLED)) {
            throw new CaseTransitionException("place the child", state,
                    "placement (一人一案) is only for a child with a disability");
        }
        InvalidCaseDataException.require(!placement.placedOn().isAfter(stamp.today()), "placedOn",
                "must not be in the future");
        DropoutCase placed = with(CaseState.PLACED, persuasion, proof, placement, deferral, outcome, closureReason,
                escalated, escalatedAt, entry(TimelineEntry.Step.PLACED, CaseState.PLACED, stamp, null, null));
        return ResultWithEvents.of(placed, new DropoutCasePlaced(id.value(), child.value(), countyCode,
                placement.kind().name(), placement.schoolCode(), placement.placedOn().toString(), stamp.at()));
    }

    /** Deferred (until a later day) or exempted on health grounds. */
    public ResultWithEvents<DropoutCase> defer(Deferral deferral, Stamp stamp) {
        requireState("defer or exempt the child", CaseState.PERSUASION);
        Objects.requireNonNull(deferral, "deferral");
        InvalidCaseDataException.require(deferral.until() == null || deferral.until().isAfter(stamp.today()), "until",
                "must be after today");
        boolean deferred = deferral.decision() == Deferral.Decision.DEFERRED;
        CaseState next = deferred ? CaseState.DEFERRED : CaseState.EXEMPTED;
        DropoutCase decided = with(next, persuasion, proof, placement, deferral, outcome, closureReason, escalated,
                escalatedAt, entry(deferred ? TimelineEntry.Step.DEFERRED : TimelineEntry.Step.EXEMPTED, next, stamp,
                        null, null));
        return ResultWithEvents.of(decided, new DropoutCaseDeferred(id.value(), child.value(), countyCode,
                deferral.decision().name(), deferral.until() == null ? null : deferral.until().toString(), stamp.at()));
    }

    /**
     * Closes the case (销号) with the outcome its state stands for. A returned child's case closes only
     * on a fresh proof that the enrolment is still active ({@code activeEnrolment}, ignored otherwise).
     */
    public ResultWithEvents<DropoutCase> close(String reason, EnrolmentProof activeEnrolment, Stamp stamp) {
        if (!CLOSABLE.contains(state)) {
            throw new CaseTransitionException("be closed", state);
        }
        String cleanReason = InvalidCaseDataException.text(reason, "reason", 500);
        if (state == CaseState.RETURNED && activeEnrolment == null) {
            throw new CaseTransitionException("be closed", state,
                    "a case closes as RETURNED only while the child's enrolment is still active");
        }
        CaseOutcome closedAs = CaseOutcome.valueOf(state.name());
        DropoutCase closed = with(CaseState.CLOSED, persuasion, proof, placement, deferral, closedAs, cleanReason,
                escalated, escalatedAt, entry(TimelineEntry.Step.CLOSED, CaseState.CLOSED, stamp, null, cleanReason));
        return ResultWithEvents.of(closed, new DropoutCaseClosed(id.value(), child.value(), countyCode,
                closedAs.name(), cleanReason, stamp.at()));
    }

    /** Whether persuasion ran past its deadline without the child back, placed or deferred. */
    public boolean overdueOn(LocalDate today) {
        return state == CaseState.PERSUASION && persuasion.overdueOn(today);
    }

    /**
     * Escalates an overdue case to the city; a case not overdue, or escalated already, is left as it
     * is and raises nothing, so the job may run any number of times.
     */
    public ResultWithEvents<DropoutCase> escalateIfOverdue(Stamp stamp) {
        if (escalated || !overdueOn(stamp.today())) {
            return ResultWithEvents.of(this);
        }
        DropoutCase raised = with(state, persuasion, proof, placement, deferral, outcome, closureReason, true,
                stamp.at(), entry(TimelineEntry.Step.ESCALATED, state, stamp, null, null));
        return ResultWithEvents.of(raised, new DropoutCaseEscalated(id.value(), child.value(), countyCode, cityCode,
                persuasion.deadline().toString(), stamp.at()));
    }

    public boolean open() {
        return state != CaseState.CLOSED;
    }

    private void requireState(String step, CaseState required) {
        if (state != required) {
            throw new CaseTransitionException(step, state);
        }
    }

    private DropoutCase moveTo(CaseState next, TimelineEntry.Step step, Stamp stamp, Visit visit, String note) {
        return with(next, persuasion, proof, placement, deferral, outcome, closureReason, escalated, escalatedAt,
                entry(step, next, stamp, visit, note));
    }

    private TimelineEntry entry(TimelineEntry.Step step, CaseState next, Stamp stamp, Visit visit, String note) {
        return new TimelineEntry(stamp.at(), step, state, next, stamp.by(), visit, note);
    }

    private DropoutCase with(CaseState next, Persuasion persuasion, EnrolmentProof proof, Placement placement,
            Deferral deferral, CaseOutcome outcome, String closureReason, boolean escalated, Instant escalatedAt,
            TimelineEntry added) {
        List<TimelineEntry> entries = new ArrayList<>(timeline);
        entries.add(added);
        return new DropoutCase(id, child, countyCode, cityCode, reason, detail, priorityGroups, next, persuasion, proof,
                placement, deferral, outcome, closureReason, escalated, escalatedAt, openedAt, entries);
    }
}
