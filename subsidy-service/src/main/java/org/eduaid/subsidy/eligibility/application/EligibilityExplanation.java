package org.eduaid.subsidy.eligibility.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eduaid.subsidy.catalogue.domain.EligibilityRule;

/**
 * Why a student is (or is not) getting aid: per programme the stored decision, the rule that made it,
 * and every rule's conditions — what each asks and what the student has — against the facts used.
 */
public record EligibilityExplanation(String studentId, String maskedName, String maskedIdNumber, String countyCode,
        String schoolCode, Facts facts, List<ProgrammeExplanation> programmes) {

    /** The facts decisions were made from; the student appears only in masked form. */
    public record Facts(String householdCountyCode, Set<String> flags, Integer disabilityGrade, Enrolment enrolment,
            String leftSchool) {
    }

    public record Enrolment(String schoolCode, String countyCode, String stage, int grade, boolean boarding,
            String schoolKind, String locality, String status) {
    }

    /**
     * @param inForce whether the programme is in force today; one that is no longer shows only its last decision
     * @param rules every rule evaluated now against the stored facts
     */
    public record ProgrammeExplanation(String programmeCode, String programmeName, boolean inForce, boolean eligible,
            String ruleCode, Instant decidedAt, List<EligibilityRule.RuleOutcome> rules) {
    }
}
