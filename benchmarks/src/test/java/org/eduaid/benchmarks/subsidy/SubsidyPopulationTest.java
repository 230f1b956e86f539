package org.eduaid.benchmarks.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SubsidyPopulationTest {

    @Test
    void shandongsFiguresAddUpTo200833WithExactly100000CompulsoryBoarders() {
        AidPopulation population = AidPopulation.of(AidPopulation.SHANDONG_STUDENTS, AidPopulation.SHANDONG_BOARDERS);

        assertThat(population.size()).isEqualTo(200_833);
        assertThat(population.count(AidStage.PRESCHOOL)).isEqualTo(15_003);
        assertThat(population.count(AidStage.PRIMARY) + population.count(AidStage.JUNIOR_SECONDARY)).isEqualTo(128_499);
        assertThat(population.count(AidStage.SENIOR_SECONDARY)).isEqualTo(17_696);
        assertThat(population.count(AidStage.SECONDARY_VOCATIONAL)).isEqualTo(11_698);
        assertThat(population.count(AidStage.HIGHER_EDUCATION)).isEqualTo(27_937);
        assertThat(population.boarders()).isEqualTo(100_000);
        assertThat(population.cohorts()).filteredOn(AidPopulation.Cohort::boarding)
                .allMatch(cohort -> cohort.stage().compulsory());
        assertThat(AidPopulation.defaultBoarders(200_833)).isEqualTo(100_000);
    }

    @Test
    void everyGeneratedStudentIsCountedOnceAndTheBoardersAreTheCompulsoryOnes() {
        AidPopulation population = AidPopulation.of(AidPopulation.SHANDONG_STUDENTS, AidPopulation.SHANDONG_BOARDERS);
        PoorStudents students = new PoorStudents("150424", population, new FeedSchools("150424"), 2026, 42);
        int boarders = 0;
        Set<String> ids = new HashSet<>();
        for (int index = 0; index < students.size(); index++) {
            PoorStudents.PoorStudent student = students.student(index);
            ids.add(student.id());
            if (student.boarding()) {
                boarders++;
                assertThat(student.stage().compulsory()).isTrue();
                assertThat(student.school().boarding()).isTrue();
            }
        }
        assertThat(ids).hasSize(200_833);
        assertThat(boarders).isEqualTo(100_000);
    }

    @Test
    void smallerRunsKeepTheProportions() {
        AidPopulation population = AidPopulation.of(2_000, AidPopulation.defaultBoarders(2_000));

        assertThat(population.size()).isEqualTo(2_000);
        assertThat(population.boarders()).isEqualTo(996);
        assertThat(population.count(AidStage.PRIMARY) + population.count(AidStage.JUNIOR_SECONDARY)).isEqualTo(1_280);
    }

    @Test
    void moreBoardersThanCompulsoryStudentsAreRefused() {
        assertThatThrownBy(() -> AidPopulation.of(1_000, 700)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("compulsory");
    }

    @Test
    void studentsCarryOnlyPseudonymsAndMaskedForms() {
        PoorStudents students = new PoorStudents("150424", AidPopulation.of(100, 40), new FeedSchools("150424"), 2026, 7);
        PoorStudents.PoorStudent student = students.student(3);

        assertThat(student.id()).matches("p-[a-z2-7]{26}");
        assertThat(student.maskedName()).matches(".\\*");
        assertThat(student.maskedIdNumber()).matches("150424\\*{8}\\d{3}[0-9X]");
        assertThat(students.student(3)).isEqualTo(student);
        assertThat(PoorStudents.id(7, 3)).isNotEqualTo(PoorStudents.id(8, 3));
    }

    @Test
    void schoolsAreTheCountysAndTheUniversityIsInTheCity() {
        FeedSchools schools = new FeedSchools("150424");

        assertThat(FeedSchools.countyName("150424")).isEqualTo("林西县");
        assertThat(schools.all()).extracting(FeedSchools.School::code).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("6\\d{9}"));
        assertThat(schools.all()).filteredOn(school -> !school.kind().equals("UNIVERSITY"))
                .allMatch(school -> school.countyCode().equals("150424"));
        assertThat(schools.of(AidStage.HIGHER_EDUCATION, false, 5).countyCode()).isEqualTo(FeedSchools.UNIVERSITY_COUNTY);
    }

    @Test
    void theTermFollowsSubsidyServicesCalendar() {
        SchoolTerm autumn = SchoolTerm.containing(java.time.LocalDate.of(2026, 11, 23));
        assertThat(autumn.id()).isEqualTo("2026-2027-1");
        assertThat(autumn.schoolYear()).isEqualTo("2026-2027");
        assertThat(autumn.budgetYear()).isEqualTo(2026);
        assertThat(SchoolTerm.containing(java.time.LocalDate.of(2027, 1, 31)).id()).isEqualTo("2026-2027-1");
        SchoolTerm spring = SchoolTerm.containing(java.time.LocalDate.of(2027, 2, 1));
        assertThat(spring.id()).isEqualTo("2026-2027-2");
        assertThat(spring.firstDay()).isEqualTo(java.time.LocalDate.of(2027, 2, 1));
        assertThat(spring.budgetYear()).isEqualTo(2027);
        assertThat(SchoolTerm.containing(java.time.LocalDate.of(2027, 8, 31)).id()).isEqualTo("2026-2027-2");
    }
}
