package org.eduaid.subsidy.eligibility.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.eduaid.contracts.subsidy.EligibilityDecided;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.subsidy.catalogue.domain.HouseholdFlag;
import org.eduaid.subsidy.catalogue.domain.Programme;
import org.eduaid.subsidy.catalogue.domain.ProgrammeDecision;
import org.eduaid.subsidy.catalogue.domain.Stage;
import org.eduaid.subsidy.catalogue.domain.StudentFacts;

/**
 * One student as student aid sees them: the facts kept from enrollment-service's events (and the
 * school's kind and locality from the school registry), and the decision for every programme in
 * force. Applying an event only moves the facts on; {@link #decide} then decides every programme
 * anew and raises {@link EligibilityDecided} only when the outcome differs from what was published.
 *
 * @param appliedSequence the {@code ce_sequence} of the last student event applied: an event at or
 *        below it is a duplicate or arrived late, and changes nothing
 * @param lastWithdrawals the applications the last decision withdrew (programme code → reason), so a
 *        redelivered event can ask for them again after a crash between the two writes
 * @param published county, school and stage as the last {@link EligibilityDecided} carried them
 */
public record StudentEligibility(String studentId, String maskedName, String maskedIdNumber, StudentFacts facts,
        LeftSchool leftSchool, long appliedSequence, Map<String, Decision> decisions,
        Map<String, String> lastWithdrawals, Published published) {

    public static final String NO_LONGER_ELIGIBLE = "NO_LONGER_ELIGIBLE";
    public static final String LEFT_SCHOOL = "LEFT_SCHOOL";

    public StudentEligibility {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(facts, "facts");
        decisions = Collections.unmodifiableMap(new TreeMap<>(decisions == null ? Map.of() : decisions));
        lastWithdrawals = Collections.unmodifiableMap(new TreeMap<>(lastWithdrawals == null ? Map.of() : lastWithdrawals));
        published = published == null ? Published.NONE : published;
    }

    /** A student this service has not heard of before: no facts but the id. */
    public static StudentEligibility unknown(String studentId) {
        return new StudentEligibility(studentId, null, null, new StudentFacts(studentId, null, Set.of(), null, null),
                null, 0, Map.of(), Map.of(), Published.NONE);
    }

    /** Whether an event with this sequence is newer than everything applied so far. */
    public boolean isNewer(long sequence) {
        return sequence > appliedSequence;
    }

    public StudentEligibility registered(long sequence, String maskedName, String maskedIdNumber,
            String householdCountyCode, Set<HouseholdFlag> flags, Integer disabilityGrade) {
        StudentFacts next = new StudentFacts(studentId, householdCountyCode, flags, disabilityGrade, facts.enrolment());
        return new StudentEligibility(studentId, maskedName, maskedIdNumber, next, leftSchool, sequence, decisions,
                lastWithdrawals, published);
    }

    public StudentEligibility flagsChanged(long sequence, Set<HouseholdFlag> flags, Integer disabilityGrade) {
        return withFacts(sequence, new StudentFacts(studentId, facts.householdCountyCode(), flags, disabilityGrade,
                facts.enrolment()), leftSchool);
    }

    /** Enrolled, or transferred: the new school's kind and locality are looked up when deciding. */
    public StudentEligibility enrolled(long sequence, String schoolCode, String countyCode, Stage stage, int grade,
            boolean boarding) {
        StudentFacts.Enrolment enrolment = new StudentFacts.Enrolment(schoolCode, countyCode, stage, grade, boarding,
                null, null, StudentFacts.EnrolmentStatus.ACTIVE);
        return withFacts(sequence, withEnrolment(enrolment), null);
    }

    /** Up a grade or a stage at the same school: boarding and status stay as they were. */
    public StudentEligibility promoted(long sequence, String schoolCode, String countyCode, Stage stage, int grade) {
        StudentFacts.Enrolment current = facts.enrolment();
        if (current == null || !current.schoolCode().equals(schoolCode)) {
            return enrolled(sequence, schoolCode, countyCode, stage, grade, current != null && current.boarding());
        }
        return withFacts(sequence, withEnrolment(new StudentFacts.Enrolment(schoolCode, countyCode, stage, grade,
                current.boarding(), current.schoolKind(), current.locality(), current.status())), leftSchool);
    }

    public StudentEligibility suspended(long sequence) {
        return withStatus(sequence, StudentFacts.EnrolmentStatus.SUSPENDED);
    }

    public StudentEligibility resumed(long sequence) {
        return withStatus(sequence, StudentFacts.EnrolmentStatus.ACTIVE);
    }

    /** Withdrew or graduated: at no school now, so every programme is lost (aid follows enrolment). */
    public StudentEligibility left(long sequence, LeftSchool how) {
        return withFacts(sequence, withEnrolment(null), how);
    }

    /**
     * Decides every programme in force on {@code today} for the facts as they stand, with the
     * school's kind and locality as now known. A programme no longer in force counts as not eligible.
     */
    public Decided decide(List<Programme> inForce, LocalDate today, SchoolFacts school, Instant now) {
        StudentFacts decidedFacts = withSchool(school);
        Map<String, Decision> next = new TreeMap<>();
        List<String> changed = new ArrayList<>();
        for (Programme programme : inForce) {
            ProgrammeDecision outcome = programme.decide(decidedFacts, today);
            Decision before = decisions.get(programme.code());
            Decision candidate = new Decision(programme.code(), outcome.eligible(), outcome.ruleCode(), now);
            if (candidate.sameOutcome(before)) {
                next.put(programme.code(), before);
            } else {
                next.put(programme.code(), candidate);
                if (before != null || candidate.eligible()) {
                    changed.add(programme.code());
                }
            }
        }
        Map<String, String> withdrawals = new LinkedHashMap<>();
        String reason = decidedFacts.enrolment() == null && leftSchool != null ? LEFT_SCHOOL : NO_LONGER_ELIGIBLE;
        for (Decision before : decisions.values()) {
            Decision after = next.get(before.programmeCode());
            if (after == null && before.eligible()) {
                // out of force: recorded as lost, so the list shows it ended
                next.put(before.programmeCode(), new Decision(before.programmeCode(), false, null, now));
                changed.add(before.programmeCode());
            }
            after = next.get(before.programmeCode());
            if (before.eligible() && after != null && !after.eligible()) {
                withdrawals.put(before.programmeCode(), reason);
            }
        }
        Published nowPublished = Published.of(decidedFacts);
        boolean anyEligible = next.values().stream().anyMatch(Decision::eligible);
        boolean moved = anyEligible && !nowPublished.equals(published);
        List<Object> events = new ArrayList<>();
        Published afterPublished = published;
        if (!changed.isEmpty() || moved) {
            events.add(new EligibilityDecided(studentId, nowPublished.countyCode(), nowPublished.schoolCode(),
                    nowPublished.stage(), next.values().stream()
                            .map(d -> new EligibilityDecided.Decision(d.programmeCode(), d.eligible(), d.ruleCode()))
                            .toList(), List.copyOf(changed), now));
            afterPublished = nowPublished;
        }
        StudentEligibility decided = new StudentEligibility(studentId, maskedName, maskedIdNumber, decidedFacts,
                leftSchool, appliedSequence, next, withdrawals, afterPublished);
        return new Decided(new ResultWithEvents<>(decided, events), Map.copyOf(withdrawals));
    }

    /** The programmes the student is eligible for now. */
    public List<Decision> eligible() {
        return decisions.values().stream().filter(Decision::eligible).toList();
    }

    public Set<String> eligibleProgrammes() {
        return decisions.values().stream().filter(Decision::eligible).map(Decision::programmeCode)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The school whose kind and locality rules need, or {@code null} at no school. */
    public String schoolCode() {
        return facts.enrolment() == null ? null : facts.enrolment().schoolCode();
    }

    private StudentFacts withSchool(SchoolFacts school) {
        StudentFacts.Enrolment e = facts.enrolment();
        if (e == null || school == null) {
            return facts;
        }
        return withEnrolment(new StudentFacts.Enrolment(e.schoolCode(), e.countyCode(), e.stage(), e.grade(),
                e.boarding(), school.kind(), school.locality(), e.status()));
    }

    private StudentFacts withEnrolment(StudentFacts.Enrolment enrolment) {
        return new StudentFacts(studentId, facts.householdCountyCode(), facts.flags(), facts.disabilityGrade(),
                enrolment);
    }

    private StudentEligibility withStatus(long sequence, StudentFacts.EnrolmentStatus status) {
        StudentFacts.Enrolment e = facts.enrolment();
        if (e == null) {
            return withFacts(sequence, facts, leftSchool);
        }
        return withFacts(sequence, withEnrolment(new StudentFacts.Enrolment(e.schoolCode(), e.countyCode(), e.stage(),
                e.grade(), e.boarding(), e.schoolKind(), e.locality(), status)), leftSchool);
    }

    private StudentEligibility withFacts(long sequence, StudentFacts next, LeftSchool left) {
        return new StudentEligibility(studentId, maskedName, maskedIdNumber, next, left, sequence, decisions,
                lastWithdrawals, published);
    }

    /** The result of deciding: the aggregate and its event, and the applications to withdraw (code → reason). */
    public record Decided(ResultWithEvents<StudentEligibility> result, Map<String, String> withdrawals) {

        public StudentEligibility student() {
            return result.aggregate();
        }

        public List<Object> events() {
            return result.events();
        }
    }

    /** Where the student stood when eligibility was last published. */
    public record Published(String countyCode, String schoolCode, String stage) {

        public static final Published NONE = new Published(null, null, null);

        static Published of(StudentFacts facts) {
            StudentFacts.Enrolment e = facts.enrolment();
            return new Published(facts.responsibleCountyCode(), e == null ? null : e.schoolCode(),
                    e == null || e.stage() == null ? null : e.stage().name());
        }
    }
}
