package org.eduaid.teacher.rotation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.eduaid.contracts.teacher.TeacherExchangeApproved;
import org.eduaid.contracts.teacher.TeacherExchangeCancelled;
import org.eduaid.contracts.teacher.TeacherExchangeEnded;
import org.junit.jupiter.api.Test;

class TeacherExchangeTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final PlannedExchange URBAN_TO_RURAL = new PlannedExchange("t-1", false, true, "urban", false, "rural", true);

    @Test
    void anExchangeStartsOnItsFirstDayAndEndsAfterItsLastOnlyInThatOrder() {
        var approved = TeacherExchange.approve("150424~2026-2027", "150424", URBAN_TO_RURAL, LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 8, 31), NOW);
        assertThat(approved.events()).singleElement().isInstanceOfSatisfying(TeacherExchangeApproved.class,
                event -> assertThat(event.direction()).isEqualTo("URBAN_TO_RURAL"));
        TeacherExchange exchange = approved.aggregate();
        assertThat(exchange.dueToStart(LocalDate.of(2026, 8, 31))).isFalse();
        assertThat(exchange.dueToStart(LocalDate.of(2026, 9, 1))).isTrue();
        assertThatThrownBy(() -> exchange.ended(NOW)).isInstanceOf(IllegalStateException.class);

        TeacherExchange started = exchange.started(NOW).aggregate();
        assertThat(started.dueToEnd(LocalDate.of(2027, 8, 31))).isFalse();
        assertThat(started.dueToEnd(LocalDate.of(2027, 9, 1))).isTrue();
        assertThat(started.ended(NOW).events()).singleElement().isInstanceOfSatisfying(TeacherExchangeEnded.class,
                event -> assertThat(event.early()).isFalse());
        assertThatThrownBy(() -> started.cancelled("late", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyAnExchangeNotYetStartedIsCancelledAndOnlyAStartedOneIsCutShort() {
        TeacherExchange exchange = TeacherExchange.approve("p", "150424", URBAN_TO_RURAL, LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 8, 31), NOW).aggregate();

        assertThat(exchange.cancelled("接收学校撤并", NOW).events()).singleElement().isInstanceOf(TeacherExchangeCancelled.class);
        assertThatThrownBy(() -> exchange.endedEarly(LocalDate.of(2027, 1, 1), NOW)).isInstanceOf(IllegalStateException.class);

        TeacherExchange started = exchange.started(NOW).aggregate();
        var cut = started.endedEarly(LocalDate.of(2027, 1, 1), NOW);
        assertThat(cut.aggregate().endsOn()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(cut.events()).singleElement().isInstanceOfSatisfying(TeacherExchangeEnded.class,
                event -> assertThat(event.early()).isTrue());
        assertThatThrownBy(() -> started.endedEarly(LocalDate.of(2026, 9, 1), NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
