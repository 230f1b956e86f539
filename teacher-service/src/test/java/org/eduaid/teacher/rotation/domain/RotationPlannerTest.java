package org.eduaid.teacher.rotation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class RotationPlannerTest {

    private static final RotationRules RULES = RotationRules.defaults("15");
    private final RotationPlanner planner = new RotationPlanner(RULES);

    @RepeatedTest(200)
    void everyPlanProposedForAGeneratedCountyMeetsEveryRuleOrSaysWhyNot(RepetitionInfo repetition) {
        County county = County.generate(new Random(repetition.getCurrentRepetition()));

        PlanProposal proposal = planner.propose(county.teachers(), county.schools());
        PlanFigures figures = proposal.figures();
        Map<String, Candidate> byId = county.teachers().stream()
                .collect(Collectors.toMap(Candidate::teacherId, Function.identity()));

        long due = county.teachers().stream().filter(t -> !t.principal() && t.yearsAtSchool() >= 6).count();
        assertThat(figures.due()).isEqualTo(due);
        assertThat(figures.required()).isEqualTo((int) Math.ceil(due * 0.10));
        for (PlannedExchange exchange : proposal.exchanges()) {
            Candidate teacher = byId.get(exchange.teacherId());
            assertThat(teacher.yearsAtSchool()).as("only due teachers are proposed").isGreaterThanOrEqualTo(6);
            assertThat(exchange.toSchoolCode()).isNotEqualTo(teacher.schoolCode());
        }
        assertThat(proposal.exchanges()).extracting(PlannedExchange::teacherId).doesNotHaveDuplicates();
        if (proposal.meetsTheRules()) {
            assertThat(figures.rotating()).isGreaterThanOrEqualTo(figures.required());
            assertThat(figures.backboneRotating() * 100).isGreaterThanOrEqualTo(figures.rotating() * 20);
            assertThat(figures.principalsRotating()).isGreaterThanOrEqualTo(figures.principalsRequired());
            assertThat(planner.check(proposal.exchanges(), county.teachers(), county.schools()).violations()).isEmpty();
        } else {
            assertThat(proposal.violations()).allSatisfy(reason -> assertThat(reason).containsPattern("\\d"));
        }
        urbanTeachersGoToRuralSchoolsWhileThereAreAny(proposal, county);
    }

    @Test
    void urbanTeachersLongestAtTheirSchoolRotateFirstAndGoWhereTeachersAreShortest() {
        List<Candidate> teachers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            teachers.add(new Candidate("u" + i, "urban", false, List.of("MATHEMATICS"), i < 2, false, 6 + i));
            teachers.add(new Candidate("r" + i, "rural-a", true, List.of("CHINESE"), false, false, 6 + i));
        }
        List<SchoolSlot> schools = List.of(new SchoolSlot("urban", false, 20, 0), new SchoolSlot("rural-a", true, 20, 1),
                new SchoolSlot("rural-b", true, 5, 4));

        PlanProposal proposal = planner.propose(teachers, schools);

        // 40 due → 4 rotate, at least 1 backbone; the two urban backbone teachers have 6 and 7 years
        assertThat(proposal.meetsTheRules()).isTrue();
        assertThat(proposal.exchanges()).extracting(PlannedExchange::teacherId).containsExactly("u19", "u18", "u17", "u1");
        // rural-b is 4 short: three go there; then both are 1 short and rural-a has had nobody yet
        assertThat(proposal.exchanges()).extracting(PlannedExchange::toSchoolCode)
                .containsExactly("rural-b", "rural-b", "rural-b", "rural-a");
        assertThat(proposal.figures().urbanToRural()).isEqualTo(4);
    }

    @Test
    void tooFewBackboneTeachersAmongThoseDueIsExplained() {
        List<Candidate> teachers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            teachers.add(new Candidate("t" + i, "school-" + (i % 5), i % 2 == 0, List.of("CHINESE"), false, false, 8));
        }
        List<SchoolSlot> schools = List.of(new SchoolSlot("school-0", true, 10, 0), new SchoolSlot("school-1", false, 10, 0),
                new SchoolSlot("school-2", true, 10, 0), new SchoolSlot("school-3", false, 10, 0),
                new SchoolSlot("school-4", true, 10, 0));

        PlanProposal proposal = planner.propose(teachers, schools);

        assertThat(proposal.meetsTheRules()).isFalse();
        assertThat(proposal.violations()).contains("needs 1 backbone teachers among the 5 rotating; only 0 of the 50 due teachers are backbone teachers");
        assertThat(proposal.exchanges()).hasSize(5);
    }

    @Test
    void aSmallSchoolCannotBeStrippedAndTheShortfallIsExplained() {
        List<Candidate> teachers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            teachers.add(new Candidate("t" + i, "only", true, List.of("CHINESE"), true, false, 10));
        }
        for (int i = 0; i < 3; i++) {
            teachers.add(new Candidate("s" + i, "small-" + i, true, List.of("CHINESE"), true, false, 10));
        }
        // 33 due → 4 must rotate; "only" may send 6 of its 30, each small school 1
        PlanProposal fine = planner.propose(teachers, List.of(new SchoolSlot("only", true, 30, 0),
                new SchoolSlot("small-0", true, 1, 0), new SchoolSlot("small-1", true, 1, 0), new SchoolSlot("small-2", true, 1, 0)));
        assertThat(fine.meetsTheRules()).isTrue();

        List<Candidate> cramped = teachers.subList(0, 5);
        PlanProposal tooFew = new RotationPlanner(new RotationRules("15", 6, 50, 20, 1, 20))
                .propose(cramped, List.of(new SchoolSlot("only", true, 5, 0), new SchoolSlot("elsewhere", true, 0, 3)));
        assertThat(tooFew.violations()).singleElement().asString()
                .contains("needs 3 of the 5 due teachers").contains("allows only 1");
    }

    @Test
    void anEditedPlanIsCheckedAgainstEveryRule() {
        List<Candidate> teachers = List.of(new Candidate("a", "x", false, List.of(), false, false, 9),
                new Candidate("b", "x", false, List.of(), true, false, 9), new Candidate("p", "y", true, List.of(), false, true, 9));
        List<SchoolSlot> schools = List.of(new SchoolSlot("x", false, 2, 0), new SchoolSlot("y", true, 1, 0));

        PlanProposal edited = planner.check(List.of(new PlannedExchange("a", false, false, "x", false, "x", false),
                new PlannedExchange("ghost", false, false, "x", false, "y", true)), teachers, schools);

        assertThat(edited.violations()).anyMatch(v -> v.contains("another school"))
                .anyMatch(v -> v.contains("ghost"))
                .anyMatch(v -> v.contains("backbone"))
                .anyMatch(v -> v.contains("principals"));
    }

    private static void urbanTeachersGoToRuralSchoolsWhileThereAreAny(PlanProposal proposal, County county) {
        boolean anyRural = county.schools().stream().anyMatch(SchoolSlot::rural);
        if (anyRural) {
            assertThat(proposal.exchanges()).filteredOn(exchange -> !exchange.fromRural())
                    .allMatch(exchange -> exchange.toRural() || county.schools().stream()
                            .filter(SchoolSlot::rural).allMatch(school -> school.schoolCode().equals(exchange.fromSchoolCode())));
        }
    }

    /** A made-up county: 3 to 40 schools, 0 to 60 teachers each, principals, backbone teachers, shortfalls. */
    private record County(List<Candidate> teachers, List<SchoolSlot> schools) {

        static County generate(Random random) {
            int schoolCount = 3 + random.nextInt(38);
            List<Candidate> teachers = new ArrayList<>();
            List<SchoolSlot> schools = new ArrayList<>();
            for (int s = 0; s < schoolCount; s++) {
                boolean rural = random.nextInt(10) < 7;
                int size = random.nextInt(61);
                String code = "s" + s;
                schools.add(new SchoolSlot(code, rural, size, random.nextInt(8)));
                for (int t = 0; t < size; t++) {
                    teachers.add(new Candidate(code + "-t" + t, code, rural, List.of("CHINESE"), random.nextInt(10) < 2,
                            t == 0, random.nextInt(15)));
                }
            }
            return new County(teachers, schools);
        }
    }
}
