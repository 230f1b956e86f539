package org.eduaid.subsidy.review.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import org.eduaid.contracts.subsidy.AidApplicationApproved;
import org.eduaid.contracts.subsidy.AidApplicationMoved;
import org.eduaid.contracts.subsidy.AidApplicationRejected;
import org.eduaid.contracts.subsidy.AidApplicationReviewed;
import org.eduaid.contracts.subsidy.AidApplicationSubmitted;
import org.eduaid.contracts.subsidy.AidApplicationWithdrawn;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.subsidy.calendar.SchoolYear;

/**
 * A student put forward for a programme in a school year, automatically by the rules or by their
 * school with a reason, on its way through county review and the public notice (公示) to the approved
 * list a batch pays from. One per student, programme and year ({@link ApplicationId}).
 *
 * @param countyCode the county that handles it: the student's school's, moving with the student
 * @param ruleCode the rule that found the student eligible, {@code null} for a school's application
 * @param reason the school's reason, {@code null} for an automatic one
 * @param eligibleSince when the student was found eligible, or the school applied: what the gap list counts from
 * @param noticeId the notice it is or was shown on
 * @param decidedAt when it was approved, rejected or withdrawn
 */
public record AidApplication(String id, String studentId, String programmeCode, SchoolYear schoolYear,
        String countyCode, String schoolCode, Origin origin, String ruleCode, String reason, ApplicationState state,
        Instant eligibleSince, Instant submittedAt, Instant reviewedAt, String reviewedBy, String reviewNote,
        String noticeId, Instant decidedAt, String withdrawalReason) {

    public static final int LONGEST_TEXT = 500;
    public static final Set<String> WITHDRAWAL_REASONS = Set.of("NO_LONGER_ELIGIBLE", "LEFT_SCHOOL");

    public AidApplication {
        Objects.requireNonNull(schoolYear, "schoolYear");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(submittedAt, "submittedAt");
        if (!ApplicationId.isStudentId(studentId)) {
            throw new InvalidApplicationException("studentId", "is not a student id");
        }
        if (programmeCode == null || !programmeCode.matches("[A-Z0-9_-]{2,40}")) {
            throw new InvalidApplicationException("programmeCode", "is not a programme code");
        }
        if (countyCode == null || !countyCode.matches("\\d{6}")) {
            throw new InvalidApplicationException("countyCode", "must be a 6-digit county code");
        }
        if (!ApplicationId.of(studentId, programmeCode, schoolYear).equals(id)) {
            throw new InvalidApplicationException("applicationId", "must be studentId~programmeCode~schoolYear");
        }
        eligibleSince = eligibleSince == null ? submittedAt : eligibleSince;
    }

    /** The rules found the student eligible: on the county's list without anyone applying. */
    public static ResultWithEvents<AidApplication> putForward(String studentId, String programmeCode,
            SchoolYear schoolYear, String countyCode, String schoolCode, String ruleCode, Instant eligibleSince,
            Instant now) {
        AidApplication submitted = new AidApplication(ApplicationId.of(studentId, programmeCode, schoolYear), studentId,
                programmeCode, schoolYear, countyCode, schoolCode, Origin.AUTOMATIC, ruleCode, null,
                ApplicationState.SUBMITTED, eligibleSince, now, null, null, null, null, null, null);
        return ResultWithEvents.of(submitted, submitted.submittedEvent());
    }

    /** The student's school applies, with its reason: the same review path as an automatic one. */
    public static ResultWithEvents<AidApplication> applyBySchool(String studentId, String programmeCode,
            SchoolYear schoolYear, String countyCode, String schoolCode, String reason, Instant now) {
        String why = InvalidApplicationException.text(reason, "reason", LONGEST_TEXT);
        AidApplication submitted = new AidApplication(ApplicationId.of(studentId, programmeCode, schoolYear), studentId,
                programmeCode, schoolYear, countyCode, schoolCode, Origin.SCHOOL, null, why, ApplicationState.SUBMITTED,
                now, now, null, null, null, null, null, null);
        return ResultWithEvents.of(submitted, submitted.submittedEvent());
    }

    /**
     * The rules find a student eligible again whose application was withdrawn: it starts over, since an
     * application per student, programme and year is all there can be. Anything else keeps its state.
     */
    public ResultWithEvents<AidApplication> putForwardAgain(String countyCode, String schoolCode, String ruleCode,
            Instant eligibleSince, Instant now) {
        requireState("put forward again", ApplicationState.WITHDRAWN);
        AidApplication again = new AidApplication(id, studentId, programmeCode, schoolYear, countyCode, schoolCode,
                Origin.AUTOMATIC, ruleCode, null, ApplicationState.SUBMITTED, eligibleSince, now, null, null, null, null,
                null, null);
        return ResultWithEvents.of(again, again.submittedEvent());
    }

    /** The school applies for a student whose application was withdrawn. */
    public ResultWithEvents<AidApplication> applyBySchoolAgain(String countyCode, String schoolCode, String reason,
            Instant now) {
        if (state != ApplicationState.WITHDRAWN) {
            throw new ApplicationTransitionException("apply for", state,
                    "the student was already put forward (" + origin + ") for this programme and school year");
        }
        String why = InvalidApplicationException.text(reason, "reason", LONGEST_TEXT);
        AidApplication again = new AidApplication(id, studentId, programmeCode, schoolYear, countyCode, schoolCode,
                Origin.SCHOOL, null, why, ApplicationState.SUBMITTED, now, now, null, null, null, null, null, null);
        return ResultWithEvents.of(again, again.submittedEvent());
    }

    /** County review: accepted for the public notice, or rejected, which needs a note saying why. */
    public ResultWithEvents<AidApplication> review(boolean accepted, String note, String reviewer, Instant now) {
        requireState(accepted ? "accept" : "reject", ApplicationState.SUBMITTED);
        String cleanNote = accepted ? InvalidApplicationException.optionalText(note, "note", LONGEST_TEXT)
                : InvalidApplicationException.text(note, "note", LONGEST_TEXT);
        AidApplication reviewed = new AidApplication(id, studentId, programmeCode, schoolYear, countyCode, schoolCode,
                origin, ruleCode, reason, accepted ? ApplicationState.ACCEPTED : ApplicationState.REJECTED, eligibleSince,
                submittedAt, now, reviewer, cleanNote, null, accepted ? null : now, null);
        return ResultWithEvents.of(reviewed, new AidApplicationReviewed(id, studentId, programmeCode, schoolYear.id(),
                countyCode, accepted, cleanNote, now));
    }

    /** Shown on a notice; no event: the notice's own event says it went up, and the decision names the notice. */
    public ResultWithEvents<AidApplication> putOnNotice(String notice) {
        requireState("put on a notice", ApplicationState.ACCEPTED);
        Objects.requireNonNull(notice, "notice");
        return ResultWithEvents.of(with(ApplicationState.ON_NOTICE, notice, null, null));
    }

    /** The notice closed without an upheld objection against it. */
    public ResultWithEvents<AidApplication> approve(String notice, Instant now) {
        requireOnNotice("approve", notice);
        return ResultWithEvents.of(with(ApplicationState.APPROVED, noticeId, now, null),
                new AidApplicationApproved(id, studentId, programmeCode, schoolYear.id(), countyCode, noticeId, now));
    }

    /** The notice closed with an objection against it upheld. */
    public ResultWithEvents<AidApplication> rejectAfterObjection(String notice, Instant now) {
        requireOnNotice("reject after an objection", notice);
        return ResultWithEvents.of(with(ApplicationState.REJECTED, noticeId, now, null),
                new AidApplicationRejected(id, studentId, programmeCode, schoolYear.id(), countyCode, noticeId, now));
    }

    /** The student is no longer eligible: ends an application not yet decided; an approval stands. */
    public ResultWithEvents<AidApplication> withdraw(String why, Instant now) {
        if (!WITHDRAWAL_REASONS.contains(why)) {
            throw new InvalidApplicationException("reason", "must be one of " + WITHDRAWAL_REASONS);
        }
        if (!state.open()) {
            throw new ApplicationTransitionException("withdraw", state,
                    state == ApplicationState.APPROVED ? "an approval stands for the school year" : null);
        }
        return ResultWithEvents.of(with(ApplicationState.WITHDRAWN, noticeId, now, why),
                new AidApplicationWithdrawn(id, studentId, programmeCode, schoolYear.id(), countyCode, why, now));
    }

    /**
     * The student is now at {@code newSchoolCode} in {@code newCountyCode}. Another county takes the
     * application over whatever its state (an approval stands for the school year wherever the student
     * is); a school in the same county only updates it.
     */
    public ResultWithEvents<AidApplication> follow(String newCountyCode, String newSchoolCode, Instant now) {
        AidApplication moved = new AidApplication(id, studentId, programmeCode, schoolYear, newCountyCode, newSchoolCode,
                origin, ruleCode, reason, state, eligibleSince, submittedAt, reviewedAt, reviewedBy, reviewNote,
                noticeId, decidedAt, withdrawalReason);
        if (countyCode.equals(newCountyCode)) {
            return ResultWithEvents.of(moved);
        }
        return ResultWithEvents.of(moved, new AidApplicationMoved(id, studentId, programmeCode, schoolYear.id(),
                countyCode, newCountyCode, now));
    }

    /** Whether {@link #follow} would change anything. */
    public boolean isElsewhere(String otherCountyCode, String otherSchoolCode) {
        return !countyCode.equals(otherCountyCode) || !Objects.equals(schoolCode, otherSchoolCode);
    }

    private AidApplicationSubmitted submittedEvent() {
        return new AidApplicationSubmitted(id, studentId, programmeCode, schoolYear.id(), countyCode, schoolCode,
                origin.name(), ruleCode, reason, submittedAt);
    }

    private AidApplication with(ApplicationState next, String notice, Instant decided, String withdrawal) {
        return new AidApplication(id, studentId, programmeCode, schoolYear, countyCode, schoolCode, origin, ruleCode,
                reason, next, eligibleSince, submittedAt, reviewedAt, reviewedBy, reviewNote, notice, decided, withdrawal);
    }

    private void requireState(String action, ApplicationState required) {
        if (state != required) {
            throw new ApplicationTransitionException(action, state, "it must be " + required);
        }
    }

    private void requireOnNotice(String action, String notice) {
        requireState(action, ApplicationState.ON_NOTICE);
        if (!noticeId.equals(notice)) {
            throw new ApplicationTransitionException(action, state, "it is on another notice");
        }
    }
}
