package org.eduaid.teacher.rotation.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Proposes a county's rotation plan for a school year, and checks plans officers edit.
 *
 * <p>It picks the teachers who have been longest at their school, backbone teachers first until
 * their share is met, urban teachers before rural ones, never more from one school than the rules
 * allow; and sends each to the school that is furthest short of teachers, rural schools first for
 * urban teachers. The same county and rules always give the same plan. When the rules cannot be met
 * the proposal says which and why, and still offers the best plan there is.
 */
public final class RotationPlanner {

    private static final Comparator<Candidate> LONGEST_FIRST = Comparator.comparing(Candidate::rural)
            .thenComparing(Comparator.comparingInt(Candidate::yearsAtSchool).reversed())
            .thenComparing(Candidate::teacherId);

    private final RotationRules rules;

    public RotationPlanner(RotationRules rules) {
        this.rules = rules;
    }

    public PlanProposal propose(List<Candidate> teachers, List<SchoolSlot> schools) {
        List<Candidate> due = due(teachers, false);
        List<Candidate> duePrincipals = due(teachers, true);
        int required = rules.required(due.size());
        int backboneRequired = rules.backboneRequired(required);
        int principalsRequired = rules.required(duePrincipals.size());

        Map<String, Integer> leaving = new HashMap<>();
        Map<String, Long> staff = teachers.stream().collect(Collectors.groupingBy(Candidate::schoolCode, Collectors.counting()));
        List<Candidate> picked = new ArrayList<>();
        pick(due.stream().filter(Candidate::backbone).toList(), backboneRequired, picked, leaving, staff);
        pick(due, required, picked, leaving, staff);
        List<Candidate> principals = duePrincipals.stream().sorted(LONGEST_FIRST).limit(principalsRequired).toList();

        List<String> problems = new ArrayList<>();
        List<PlannedExchange> exchanges = send(picked, principals, schools, problems);
        PlanProposal checked = check(exchanges, teachers, schools);
        List<String> violations = new ArrayList<>(problems);
        violations.addAll(explain(checked, due, duePrincipals));
        return new PlanProposal(exchanges, checked.figures(), violations);
    }

    /** The figures of a plan as it stands and every rule it breaks. */
    public PlanProposal check(List<PlannedExchange> exchanges, List<Candidate> teachers, List<SchoolSlot> schools) {
        Map<String, Candidate> byId = teachers.stream().collect(Collectors.toMap(Candidate::teacherId, Function.identity()));
        Set<String> schoolCodes = schools.stream().map(SchoolSlot::schoolCode).collect(Collectors.toSet());
        List<Candidate> due = due(teachers, false);
        List<Candidate> duePrincipals = due(teachers, true);
        List<String> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Integer> leaving = new HashMap<>();
        int backbone = 0;
        int principals = 0;
        Map<Direction, Integer> directions = new HashMap<>();
        for (PlannedExchange exchange : exchanges) {
            Candidate teacher = byId.get(exchange.teacherId());
            if (teacher == null) {
                violations.add("teacher " + exchange.teacherId() + " does not teach in the county on the plan's first day");
                continue;
            }
            if (!seen.add(teacher.teacherId())) {
                violations.add("teacher " + teacher.teacherId() + " is in the plan twice");
            }
            if (!schoolCodes.contains(exchange.toSchoolCode()) || exchange.toSchoolCode().equals(teacher.schoolCode())) {
                violations.add("teacher " + teacher.teacherId() + " must go to another school of the county");
            }
            if (teacher.principal()) {
                principals++;
            } else {
                leaving.merge(teacher.schoolCode(), 1, Integer::sum);
                if (teacher.backbone()) {
                    backbone++;
                }
            }
            directions.merge(exchange.direction(), 1, Integer::sum);
        }
        Map<String, Long> staff = teachers.stream().collect(Collectors.groupingBy(Candidate::schoolCode, Collectors.counting()));
        leaving.forEach((school, count) -> {
            int allowed = rules.maxLeaving(staff.getOrDefault(school, 0L).intValue());
            if (count > allowed) {
                violations.add("school " + school + " sends " + count + " teachers; at most " + allowed + " ("
                        + rules.maxSharePerSchoolPercent() + " % of its " + staff.getOrDefault(school, 0L) + ") may leave in a year");
            }
        });
        int rotating = (int) exchanges.stream().filter(exchange -> byId.containsKey(exchange.teacherId())
                && !byId.get(exchange.teacherId()).principal()).count();
        int required = rules.required(due.size());
        int backboneRequired = rules.backboneRequired(Math.max(required, rotating));
        int principalsRequired = rules.required(duePrincipals.size());
        if (rotating < required) {
            violations.add(rotating + " teachers rotate; " + rules.minimumSharePercent() + " % of the " + due.size()
                    + " due (" + rules.dueAfterYears() + " years or more at one school) is " + required);
        }
        if (backbone < backboneRequired) {
            violations.add(backbone + " backbone teachers rotate; " + rules.backboneSharePercent() + " % of those rotating is "
                    + backboneRequired);
        }
        if (principals < principalsRequired) {
            violations.add(principals + " principals rotate; " + rules.minimumSharePercent() + " % of the "
                    + duePrincipals.size() + " due is " + principalsRequired);
        }
        PlanFigures figures = new PlanFigures(due.size(), required, backboneRequired, duePrincipals.size(),
                principalsRequired, rotating, backbone, principals, directions.getOrDefault(Direction.URBAN_TO_RURAL, 0),
                directions.getOrDefault(Direction.RURAL_TO_URBAN, 0), directions.getOrDefault(Direction.WITHIN_RURAL, 0),
                directions.getOrDefault(Direction.WITHIN_URBAN, 0));
        return new PlanProposal(exchanges, figures, violations);
    }

    private List<Candidate> due(List<Candidate> teachers, boolean principals) {
        return teachers.stream().filter(t -> t.principal() == principals && t.yearsAtSchool() >= rules.dueAfterYears())
                .sorted(LONGEST_FIRST).toList();
    }

    private void pick(List<Candidate> from, int upTo, List<Candidate> picked, Map<String, Integer> leaving,
            Map<String, Long> staff) {
        for (Candidate candidate : from) {
            if (picked.size() >= upTo) {
                return;
            }
            int allowed = rules.maxLeaving(staff.getOrDefault(candidate.schoolCode(), 0L).intValue());
            if (!picked.contains(candidate) && leaving.getOrDefault(candidate.schoolCode(), 0) < allowed) {
                picked.add(candidate);
                leaving.merge(candidate.schoolCode(), 1, Integer::sum);
            }
        }
    }

    private List<PlannedExchange> send(List<Candidate> teachers, List<Candidate> principals, List<SchoolSlot> schools,
            List<String> problems) {
        Map<String, Integer> stillShort = new HashMap<>();
        Map<String, Integer> arriving = new HashMap<>();
        schools.forEach(school -> stillShort.put(school.schoolCode(), school.shortfall()));
        List<PlannedExchange> exchanges = new ArrayList<>();
        List<Candidate> everyone = new ArrayList<>(teachers);
        everyone.sort(LONGEST_FIRST);
        everyone.addAll(principals);
        for (Candidate teacher : everyone) {
            Optional<SchoolSlot> to = destination(teacher, schools, stillShort, arriving);
            if (to.isEmpty()) {
                problems.add("there is no other school in the county to send teacher " + teacher.teacherId() + " to");
                continue;
            }
            stillShort.merge(to.get().schoolCode(), -1, Integer::sum);
            arriving.merge(to.get().schoolCode(), 1, Integer::sum);
            exchanges.add(new PlannedExchange(teacher.teacherId(), teacher.principal(), teacher.backbone(),
                    teacher.schoolCode(), teacher.rural(), to.get().schoolCode(), to.get().rural()));
        }
        return exchanges;
    }

    /** Rural schools first (for urban and rural teachers alike), the furthest short first, then the fewest arrivals. */
    private static Optional<SchoolSlot> destination(Candidate teacher, List<SchoolSlot> schools,
            Map<String, Integer> stillShort, Map<String, Integer> arriving) {
        Comparator<SchoolSlot> neediest = Comparator.comparing((SchoolSlot school) -> !school.rural())
                .thenComparing(school -> -stillShort.getOrDefault(school.schoolCode(), 0))
                .thenComparing(school -> arriving.getOrDefault(school.schoolCode(), 0))
                .thenComparing(SchoolSlot::schoolCode);
        return schools.stream().filter(school -> !school.schoolCode().equals(teacher.schoolCode())).min(neediest);
    }

    /** Why a proposal falls short, in the words an officer needs to change something. */
    private List<String> explain(PlanProposal checked, List<Candidate> due, List<Candidate> duePrincipals) {
        List<String> reasons = new ArrayList<>();
        PlanFigures figures = checked.figures();
        if (figures.rotating() < figures.required()) {
            reasons.add("needs " + figures.required() + " of the " + figures.due() + " due teachers to rotate, but no school may send"
                    + " away more than " + rules.maxSharePerSchoolPercent() + " % of its teachers, which allows only "
                    + figures.rotating());
        }
        long dueBackbone = due.stream().filter(Candidate::backbone).count();
        if (figures.backboneRotating() < figures.backboneRequired()) {
            reasons.add("needs " + figures.backboneRequired() + " backbone teachers among the " + Math.max(figures.required(),
                    figures.rotating()) + " rotating; only " + dueBackbone + " of the " + figures.due()
                    + " due teachers are backbone teachers" + (dueBackbone >= figures.backboneRequired()
                            ? ", and the limit per school leaves " + figures.backboneRotating() : ""));
        }
        if (figures.principalsRotating() < figures.principalsRequired()) {
            reasons.add("needs " + figures.principalsRequired() + " of the " + duePrincipals.size()
                    + " due principals to rotate; only " + figures.principalsRotating() + " can be sent to another school");
        }
        return reasons;
    }
}
