package org.eduaid.teacher.teacher.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eduaid.contracts.teacher.TeacherAssigned;
import org.eduaid.contracts.teacher.TeacherDeparted;
import org.eduaid.contracts.teacher.TeacherPostConverted;
import org.eduaid.contracts.teacher.TeacherRegistered;
import org.eduaid.kit.domain.ResultWithEvents;
import org.junit.jupiter.api.Test;

class TeacherTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final SchoolPlace RURAL = new SchoolPlace("1150424001", "150424", true);
    private static final SchoolPlace URBAN = new SchoolPlace("1150424002", "150424", false);

    @Test
    void registrationKeepsTheCareerAndRaisesItWithMaskedDataOnly() {
        ResultWithEvents<Teacher> registered = register(PostType.REGULAR, null,
                new Teacher.PastPosting(URBAN, LocalDate.of(2001, 9, 1), LocalDate.of(2011, 8, 31)),
                new Teacher.PastPosting(RURAL, LocalDate.of(2011, 9, 1), null));

        assertThat(registered.aggregate().service().yearsInRuralSchools(TODAY)).isEqualTo(15);
        assertThat(registered.events()).singleElement().isInstanceOfSatisfying(TeacherRegistered.class, event -> {
            assertThat(event.maskedIdNumber()).isEqualTo("1504**********123X");
            assertThat(event.history()).hasSize(2);
            assertThat(event.history().get(1).to()).isNull();
            assertThat(event.postEndsOn()).isNull();
        });
    }

    @Test
    void aSpecialPostLastsThreeYearsUnlessItsEndIsGivenAndAVolunteerPostNeedsAnEnd() {
        Teacher special = register(PostType.SPECIAL_POST, null, new Teacher.PastPosting(RURAL, LocalDate.of(2025, 9, 1), null)).aggregate();
        assertThat(special.postEndsOn()).isEqualTo(LocalDate.of(2028, 8, 31));

        assertThatThrownBy(() -> register(PostType.VOLUNTEER, null, new Teacher.PastPosting(RURAL, LocalDate.of(2025, 9, 1), null)))
                .isInstanceOfSatisfying(TeacherRuleException.class, e -> assertThat(e.field()).isEqualTo("postEndsOn"));
    }

    @Test
    void aCareerMustEndInOneOpenPostingAndNotOverlapOrLieInTheFuture() {
        assertThatThrownBy(() -> register(PostType.REGULAR, null, new Teacher.PastPosting(RURAL, LocalDate.of(2020, 9, 1), LocalDate.of(2021, 1, 1))))
                .isInstanceOfSatisfying(TeacherRuleException.class, e -> assertThat(e.field()).isEqualTo("history[0].to"));
        assertThatThrownBy(() -> register(PostType.REGULAR, null,
                new Teacher.PastPosting(URBAN, LocalDate.of(2020, 9, 1), LocalDate.of(2022, 1, 1)),
                new Teacher.PastPosting(RURAL, LocalDate.of(2021, 9, 1), null)))
                .isInstanceOfSatisfying(TeacherRuleException.class, e -> assertThat(e.field()).isEqualTo("history"));
        assertThatThrownBy(() -> register(PostType.REGULAR, null, new Teacher.PastPosting(RURAL, TODAY.plusDays(1), null)))
                .isInstanceOfSatisfying(TeacherRuleException.class, e -> assertThat(e.field()).isEqualTo("history[0].from"));
    }

    @Test
    void aMoveEndsTheCurrentPostingTheDayBeforeAndIsRememberedPerExchange() {
        Teacher teacher = register(PostType.REGULAR, null, new Teacher.PastPosting(URBAN, LocalDate.of(2010, 9, 1), null)).aggregate();

        ResultWithEvents<Teacher> moved = teacher.move(RURAL, LocalDate.of(2026, 9, 1), PostingReason.EXCHANGE_STARTED, "x-9", NOW);

        assertThat(moved.aggregate().service().postings()).extracting(Posting::to)
                .containsExactly(LocalDate.of(2026, 8, 31), null);
        assertThat(moved.aggregate().hasMoved(PostingReason.EXCHANGE_STARTED, "x-9")).isTrue();
        assertThat(moved.aggregate().hasMoved(PostingReason.EXCHANGE_ENDED, "x-9")).isFalse();
        assertThat(moved.events()).singleElement().isInstanceOfSatisfying(TeacherAssigned.class, event -> {
            assertThat(event.previousSchoolCode()).isEqualTo(URBAN.schoolCode());
            assertThat(event.posting().reason()).isEqualTo("EXCHANGE_STARTED");
        });
        assertThatThrownBy(() -> moved.aggregate().move(URBAN, LocalDate.of(2026, 9, 1), PostingReason.TRANSFERRED, null, NOW))
                .isInstanceOfSatisfying(TeacherRuleException.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> moved.aggregate().move(RURAL, LocalDate.of(2026, 10, 1), PostingReason.TRANSFERRED, null, NOW))
                .isInstanceOfSatisfying(TeacherRuleException.class, e -> assertThat(e.field()).isEqualTo("schoolCode"));
    }

    @Test
    void onlyAFixedTermPostConvertsAndADepartedTeacherNeitherMovesNorConverts() {
        Teacher special = register(PostType.SPECIAL_POST, null, new Teacher.PastPosting(RURAL, LocalDate.of(2023, 9, 1), null)).aggregate();
        ResultWithEvents<Teacher> converted = special.convert(LocalDate.of(2026, 9, 1), NOW);
        assertThat(converted.aggregate().postType()).isEqualTo(PostType.REGULAR);
        assertThat(converted.aggregate().postEndsOn()).isNull();
        assertThat(converted.events()).singleElement().isInstanceOf(TeacherPostConverted.class);
        assertThatThrownBy(() -> converted.aggregate().convert(LocalDate.of(2026, 10, 1), NOW)).isInstanceOf(TeacherRuleException.class);

        ResultWithEvents<Teacher> departed = special.depart(LocalDate.of(2026, 8, 31), DepartureReason.TERM_ENDED, NOW);
        assertThat(departed.aggregate().service().current()).isEmpty();
        assertThat(departed.events()).singleElement().isInstanceOf(TeacherDeparted.class);
        assertThatThrownBy(() -> departed.aggregate().move(URBAN, LocalDate.of(2026, 9, 1), PostingReason.TRANSFERRED, null, NOW))
                .isInstanceOf(TeacherRuleException.class);
        assertThatThrownBy(() -> departed.aggregate().convert(LocalDate.of(2026, 9, 1), NOW)).isInstanceOf(TeacherRuleException.class);
        assertThatThrownBy(() -> departed.aggregate().depart(LocalDate.of(2026, 9, 1), DepartureReason.RETIRED, NOW))
                .isInstanceOf(TeacherRuleException.class);
    }

    private static ResultWithEvents<Teacher> register(PostType type, LocalDate postEndsOn, Teacher.PastPosting... career) {
        Teacher.Registration registration = new Teacher.Registration("t-1", "王*", "1504**********123X",
                List.of("MATHEMATICS"), "一级教师", type, career[0].from(), postEndsOn, false, false);
        return Teacher.register(registration, List.of(career), TODAY, NOW);
    }
}
