package org.eduaid.subsidy.catalogue.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eduaid.subsidy.calendar.Term;

/**
 * An aid programme (资助项目): which stages it covers, who qualifies (its rules, any one of which
 * suffices), how much it pays (its standards) and who funds it.
 *
 * @param validFrom first day it is in force, or {@code null} for always
 * @param validTo last day it is in force, or {@code null} for open-ended
 */
public record Programme(String code, String name, ProgrammeKind kind, Set<Stage> stages, List<EligibilityRule> rules,
        List<AmountStandard> standards, FundingShares shares, LocalDate validFrom, LocalDate validTo) {

    public Programme {
        if (code == null || !code.matches("[A-Z0-9_-]{2,40}")) {
            throw new IllegalArgumentException("a programme code is 2 to 40 capital letters, digits, '-' or '_'");
        }
        if (name == null || name.isBlank() || kind == null || shares == null) {
            throw new IllegalArgumentException("a programme needs its name, kind and funding shares");
        }
        stages = stages == null ? Set.of() : Set.copyOf(stages);
        rules = rules == null ? List.of() : List.copyOf(rules);
        standards = standards == null ? List.of() : List.copyOf(standards);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a programme covers at least one stage");
        }
        if (rules.stream().map(EligibilityRule::code).distinct().count() != rules.size()) {
            throw new IllegalArgumentException("rule codes within a programme are unique");
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("a programme cannot end before it starts");
        }
    }

    public boolean inForceOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /** Eligible when the programme is in force, covers the student's stage and any rule is met. */
    public ProgrammeDecision decide(StudentFacts student, LocalDate on) {
        List<EligibilityRule.RuleOutcome> outcomes = rules.stream().map(rule -> rule.evaluate(student)).toList();
        Stage stage = student.enrolment() == null ? null : student.enrolment().stage();
        boolean covered = inForceOn(on) && stage != null && stages.contains(stage);
        String metRule = covered ? outcomes.stream().filter(EligibilityRule.RuleOutcome::met)
                .map(EligibilityRule.RuleOutcome::ruleCode).findFirst().orElse(null) : null;
        return new ProgrammeDecision(code, metRule != null, metRule, outcomes);
    }

    /** The standard for this student in force on {@code on}, the most specific if several apply. */
    public Optional<AmountStandard> standardFor(StudentFacts student, LocalDate on) {
        StudentFacts.Enrolment enrolment = student.enrolment();
        if (enrolment == null) {
            return Optional.empty();
        }
        return standards.stream()
                .filter(standard -> standard.validOn(on))
                .filter(standard -> standard.appliesTo(enrolment.stage(), enrolment.locality(), enrolment.countyCode()))
                .max(Comparator.comparingInt(AmountStandard::specificity));
    }

    /**
     * What one term pays this student, by the standard in force on the term's first day: a standard
     * changed mid-term applies from the next term on.
     */
    public Optional<FundingShares.Split> amountFor(StudentFacts student, Term term, int schoolDays) {
        return standardFor(student, term.firstDay())
                .map(standard -> shares.split(standard.amountForTerm(term.number(), schoolDays)));
    }
}
