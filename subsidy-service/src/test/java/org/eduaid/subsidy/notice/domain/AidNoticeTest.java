package org.eduaid.subsidy.notice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.eduaid.contracts.subsidy.AidNoticeClosed;
import org.eduaid.contracts.subsidy.AidNoticeObjectionRecorded;
import org.eduaid.contracts.subsidy.AidNoticeObjectionResolved;
import org.eduaid.contracts.subsidy.AidNoticePublished;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.subsidy.calendar.SchoolYear;
import org.eduaid.subsidy.review.domain.InvalidApplicationException;
import org.junit.jupiter.api.Test;

class AidNoticeTest {

    static final LocalDate MONDAY = LocalDate.parse("2025-03-03");
    static final LocalDate LAST_DAY = LocalDate.parse("2025-03-10");
    static final Instant NOW = Instant.parse("2025-03-03T02:00:00Z");
    static final String ID = "AN-150424-0000000000000001";

    static AidNotice prepared() {
        return AidNotice.prepare(ID, "150424", "NUTRITION", SchoolYear.parse("2024-2025"), MONDAY, 5,
                new WorkingDays(Set.of()), "officer", NOW);
    }

    static AidNotice published() {
        return prepared().publish(120, NOW).aggregate();
    }

    static AidNotice withObjection() {
        return published().recordObjection("OBJ-1", "p-a~NUTRITION~2024-2025", "该生家庭已脱贫", "officer", NOW).aggregate();
    }

    @Test
    void aNoticeIsPreparedThenPutUpForItsWorkingDays() {
        AidNotice prepared = prepared();
        assertThat(prepared.state()).isEqualTo(NoticeState.PUBLISHING);
        assertThat(prepared.endsOn()).isEqualTo(LAST_DAY);

        ResultWithEvents<AidNotice> up = prepared.publish(120, NOW);
        assertThat(up.aggregate().state()).isEqualTo(NoticeState.PUBLISHED);
        assertThat(up.aggregate().applications()).isEqualTo(120);
        assertThat(up.events()).containsExactly(new AidNoticePublished(ID, "150424", "NUTRITION", "2024-2025", 120,
                "2025-03-03", "2025-03-10", 5, NOW));
    }

    @Test
    void aNoticeIsPutUpOnce() {
        assertThatThrownBy(() -> published().publish(1, NOW)).isInstanceOf(NoticeTransitionException.class);
    }

    @Test
    void anObjectionIsRecordedAndResolved() {
        ResultWithEvents<AidNotice> recorded = published().recordObjection("OBJ-1", "p-a~NUTRITION~2024-2025",
                "该生家庭已脱贫", "officer", NOW);
        assertThat(recorded.aggregate().openObjections()).containsExactly("OBJ-1");
        assertThat(recorded.events()).containsExactly(new AidNoticeObjectionRecorded(ID, "OBJ-1",
                "p-a~NUTRITION~2024-2025", NOW));

        ResultWithEvents<AidNotice> resolved = recorded.aggregate().resolve("OBJ-1", true, "核实属实", "officer", NOW);
        assertThat(resolved.aggregate().openObjections()).isEmpty();
        assertThat(resolved.aggregate().upheldApplications()).containsExactly("p-a~NUTRITION~2024-2025");
        assertThat(resolved.events()).containsExactly(new AidNoticeObjectionResolved(ID, "OBJ-1",
                "p-a~NUTRITION~2024-2025", true, NOW));
    }

    @Test
    void aDismissedObjectionRejectsNothing() {
        AidNotice dismissed = withObjection().resolve("OBJ-1", false, "经核实不属实", "officer", NOW).aggregate();
        assertThat(dismissed.upheldApplications()).isEmpty();
    }

    @Test
    void anObjectionIsResolvedOnceWithANote() {
        AidNotice resolved = withObjection().resolve("OBJ-1", false, "不属实", "officer", NOW).aggregate();
        assertThatThrownBy(() -> resolved.resolve("OBJ-1", true, "again", "officer", NOW))
                .isInstanceOf(NoticeTransitionException.class).hasMessageContaining("already resolved");
        assertThatThrownBy(() -> withObjection().resolve("OBJ-1", true, " ", "officer", NOW))
                .isInstanceOf(InvalidApplicationException.class);
        assertThatThrownBy(() -> withObjection().resolve("OBJ-9", true, "x", "officer", NOW))
                .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("objectionId");
    }

    @Test
    void objectionsNeedATextAndANoticeThatIsUp() {
        assertThatThrownBy(() -> published().recordObjection("OBJ-1", "a", "", "officer", NOW))
                .isInstanceOf(InvalidApplicationException.class);
        assertThatThrownBy(() -> prepared().recordObjection("OBJ-1", "a", "x", "officer", NOW))
                .isInstanceOf(NoticeTransitionException.class);
        AidNotice closing = published().startClosing(LAST_DAY.plusDays(1)).aggregate();
        assertThatThrownBy(() -> closing.recordObjection("OBJ-1", "a", "x", "officer", NOW))
                .isInstanceOf(NoticeTransitionException.class);
        assertThatThrownBy(() -> withObjection().startClosing(LAST_DAY.plusDays(1)).aggregate()
                .resolve("OBJ-1", true, "x", "officer", NOW)).isInstanceOf(NoticeTransitionException.class);
    }

    @Test
    void aNoticeClosesOnlyAfterItsLastDay() {
        assertThat(published().endedBy(LAST_DAY)).isFalse();
        assertThatThrownBy(() -> published().startClosing(LAST_DAY))
                .isInstanceOf(NoticeTransitionException.class).hasMessageContaining("up until 2025-03-10");

        ResultWithEvents<AidNotice> closing = published().startClosing(LAST_DAY.plusDays(1));
        assertThat(closing.aggregate().state()).isEqualTo(NoticeState.CLOSING);
        assertThat(closing.events()).isEmpty();
    }

    @Test
    void aNoticeWithAnOpenObjectionDoesNotCloseAndSaysWhichIsOpen() {
        assertThatThrownBy(() -> withObjection().startClosing(LAST_DAY.plusDays(1)))
                .isInstanceOf(NoticeTransitionException.class).hasMessageContaining("objections still open: OBJ-1");
    }

    @Test
    void closingTakesItDownWithTheCounts() {
        Instant later = NOW.plusSeconds(864_000);
        ResultWithEvents<AidNotice> closed = published().startClosing(LAST_DAY.plusDays(1)).aggregate()
                .close(119, 1, later);

        assertThat(closed.aggregate().state()).isEqualTo(NoticeState.CLOSED);
        assertThat(closed.events()).containsExactly(new AidNoticeClosed(ID, "150424", "NUTRITION", "2024-2025", 119, 1,
                later));
    }

    @Test
    void onlyAClosingNoticeIsTakenDownAndOnlyAnUpOneStartsClosing() {
        assertThatThrownBy(() -> published().close(1, 0, NOW)).isInstanceOf(NoticeTransitionException.class);
        assertThatThrownBy(() -> prepared().startClosing(LAST_DAY.plusDays(1)))
                .isInstanceOf(NoticeTransitionException.class);
        AidNotice closed = published().startClosing(LAST_DAY.plusDays(1)).aggregate().close(1, 0, NOW).aggregate();
        assertThatThrownBy(() -> closed.startClosing(LAST_DAY.plusDays(1))).isInstanceOf(NoticeTransitionException.class);
        assertThatThrownBy(() -> closed.close(1, 0, NOW)).isInstanceOf(NoticeTransitionException.class);
    }

    @Test
    void aNoticeOfNoWorkingDaysMayCloseTheDayItWentUp() {
        AidNotice notice = AidNotice.prepare(ID, "150424", "NUTRITION", SchoolYear.parse("2024-2025"), MONDAY, 0,
                new WorkingDays(Set.of()), "officer", NOW).publish(3, NOW).aggregate();

        assertThat(notice.endsOn()).isEqualTo(MONDAY);
        assertThat(notice.endedBy(MONDAY)).isTrue();
        assertThat(published().endedBy(MONDAY)).isFalse();
    }
}
