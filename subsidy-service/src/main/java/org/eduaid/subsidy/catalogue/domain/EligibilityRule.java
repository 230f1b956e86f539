package org.eduaid.subsidy.catalogue.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One way into a programme, as data an officer can read and edit: every condition that is set must
 * hold. An empty set or a {@code null} means "any". The student must be at a school: aid follows
 * enrolment.
 *
 * @param anyOfFlags at least one of these household flags (e.g. 建档立卡, 低保, 特困, orphan, disability)
 * @param allOfFlags all of these flags
 * @param maxDisabilityGrade with a disability certificate of this grade or more severe (1 is most severe)
 * @param stages the student's stage is one of these
 * @param boarding the student boards (true) or does not (false)
 * @param schoolKinds the school's kind is one of these
 * @param localities the school is urban or rural
 * @param regionPrefixes the responsible county's code starts with one of these
 */
public record EligibilityRule(String code, String description, Set<HouseholdFlag> anyOfFlags,
        Set<HouseholdFlag> allOfFlags, Integer maxDisabilityGrade, Set<Stage> stages, Boolean boarding,
        Set<String> schoolKinds, Set<Locality> localities, Set<String> regionPrefixes) {

    public EligibilityRule {
        if (code == null || !code.matches("[A-Za-z0-9_-]{1,40}")) {
            throw new IllegalArgumentException("a rule code is 1 to 40 letters, digits, '-' or '_'");
        }
        anyOfFlags = copy(anyOfFlags);
        allOfFlags = copy(allOfFlags);
        stages = copy(stages);
        schoolKinds = copy(schoolKinds);
        localities = copy(localities);
        regionPrefixes = copy(regionPrefixes);
        if (maxDisabilityGrade != null && (maxDisabilityGrade < 1 || maxDisabilityGrade > 4)) {
            throw new IllegalArgumentException("a disability grade is 1 to 4");
        }
    }

    private static <T> Set<T> copy(Set<T> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }

    /** Checks every condition, so an officer sees all that held and all that did not. */
    public RuleOutcome evaluate(StudentFacts student) {
        StudentFacts.Enrolment enrolment = student.enrolment();
        List<ConditionOutcome> conditions = new ArrayList<>();
        conditions.add(new ConditionOutcome("enrolled", "at a school", enrolment == null ? "not at a school"
                : enrolment.schoolCode(), enrolment != null));
        if (!anyOfFlags.isEmpty()) {
            conditions.add(new ConditionOutcome("anyOfFlags", "one of " + sorted(anyOfFlags), describe(student.flags()),
                    anyOfFlags.stream().anyMatch(student.flags()::contains)));
        }
        if (!allOfFlags.isEmpty()) {
            conditions.add(new ConditionOutcome("allOfFlags", "all of " + sorted(allOfFlags), describe(student.flags()),
                    student.flags().containsAll(allOfFlags)));
        }
        if (maxDisabilityGrade != null) {
            Integer grade = student.flags().contains(HouseholdFlag.DISABILITY) ? student.disabilityGrade() : null;
            conditions.add(new ConditionOutcome("maxDisabilityGrade", "disability grade " + maxDisabilityGrade
                    + " or more severe", grade == null ? "no certificate" : "grade " + grade,
                    grade != null && grade <= maxDisabilityGrade));
        }
        if (!stages.isEmpty()) {
            Stage stage = enrolment == null ? null : enrolment.stage();
            conditions.add(new ConditionOutcome("stages", "one of " + sorted(stages), String.valueOf(stage),
                    stage != null && stages.contains(stage)));
        }
        if (boarding != null) {
            conditions.add(new ConditionOutcome("boarding", boarding ? "boarding" : "not boarding",
                    enrolment == null ? "not at a school" : enrolment.boarding() ? "boarding" : "not boarding",
                    enrolment != null && enrolment.boarding() == boarding));
        }
        if (!schoolKinds.isEmpty()) {
            String kind = enrolment == null ? null : enrolment.schoolKind();
            conditions.add(new ConditionOutcome("schoolKinds", "one of " + sorted(schoolKinds), String.valueOf(kind),
                    kind != null && schoolKinds.contains(kind)));
        }
        if (!localities.isEmpty()) {
            Locality locality = enrolment == null ? null : enrolment.locality();
            conditions.add(new ConditionOutcome("localities", "one of " + sorted(localities), String.valueOf(locality),
                    locality != null && localities.contains(locality)));
        }
        if (!regionPrefixes.isEmpty()) {
            String county = student.responsibleCountyCode();
            conditions.add(new ConditionOutcome("regionPrefixes", "in " + sorted(regionPrefixes), String.valueOf(county),
                    county != null && regionPrefixes.stream().anyMatch(county::startsWith)));
        }
        return new RuleOutcome(code, conditions.stream().allMatch(ConditionOutcome::met), List.copyOf(conditions));
    }

    private static String sorted(Set<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new)).toString();
    }

    private static String describe(Set<HouseholdFlag> flags) {
        return flags.isEmpty() ? "no flags" : sorted(flags);
    }

    /** One condition of a rule against one student: what it asks, what the student has. */
    public record ConditionOutcome(String condition, String required, String actual, boolean met) {
    }

    /** A rule against one student: met only when every condition is. */
    public record RuleOutcome(String ruleCode, boolean met, List<ConditionOutcome> conditions) {
    }
}
