package org.eduaid.enrollment.household.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.eduaid.enrollment.household.HouseholdMother;
import org.eduaid.enrollment.household.domain.ReportedFlag.Arrival;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.kit.privacy.ResidentIdNumber;
import org.junit.jupiter.api.Test;

class ReportedFlagTest {

    private static final PersonId PERSON = new PersonId("p-abcdefghijklmnopqrstuvwxyz");
    private static final Instant T = Instant.parse("2025-03-01T08:00:00.123456789Z");

    @Test
    void aFirstRecordStartsTheRowAndItsHistory() {
        ReportedFlag row = ReportedFlag.first(PERSON, dibao(true), stamp(T, 1, "e1"), "CA-1");

        assertThat(row.id()).isEqualTo(PERSON.value() + ":DIBAO:civil-affairs");
        assertThat(row.current().on()).isTrue();
        assertThat(row.current().sourceRecord()).isEqualTo("CA-1");
        assertThat(row.history()).containsExactly(row.current());
        assertThat(row.countyCode()).isEqualTo("150424");
    }

    @Test
    void aLaterRecordChangesTheRowAndIsAddedToTheHistory() {
        ReportedFlag row = ReportedFlag.first(PERSON, dibao(true), stamp(T, 1, "e1"), "CA-1");

        ReportedFlag after = row.after(dibao(false), stamp(T.plusSeconds(60), 2, "e2"), "CA-1", 20);

        assertThat(after.current().on()).isFalse();
        assertThat(after.history()).extracting(FlagChange::on).containsExactly(true, false);
    }

    @Test
    void theRecordingTimeDecidesAcrossAgencyRecordIdsWhateverTheirSequences() {
        ReportedFlag row = ReportedFlag.first(PERSON, dibao(true), stamp(T, 9, "e1"), "CA-1");

        assertThat(row.judge(stamp(T.plusNanos(1), 1, "e2"))).isEqualTo(Arrival.LATER);
        assertThat(row.judge(stamp(T.minusNanos(1), 50, "e3"))).isEqualTo(Arrival.STALE);
    }

    @Test
    void withinTheSameInstantTheSequenceAndThenTheEventIdBreakTheTie() {
        ReportedFlag row = ReportedFlag.first(PERSON, dibao(true), stamp(T, 5, "m"), "CA-1");

        assertThat(row.judge(stamp(T, 6, "a"))).isEqualTo(Arrival.LATER);
        assertThat(row.judge(stamp(T, 4, "z"))).isEqualTo(Arrival.STALE);
        assertThat(row.judge(stamp(T, 5, "n"))).isEqualTo(Arrival.LATER);
        assertThat(row.judge(stamp(T, 5, "l"))).isEqualTo(Arrival.STALE);
    }

    @Test
    void theSameEventIdIsADuplicateWhateverElseItSays() {
        ReportedFlag row = ReportedFlag.first(PERSON, dibao(true), stamp(T, 1, "e1"), "CA-1");

        assertThat(row.judge(stamp(T, 1, "e1"))).isEqualTo(Arrival.DUPLICATE);
        assertThat(row.judge(stamp(T.plusSeconds(3600), 7, "e1"))).isEqualTo(Arrival.DUPLICATE);
    }

    @Test
    void anEarlierRecordDeliveredAgainAfterALaterOneIsStale() {
        ReportedFlag row = ReportedFlag.first(PERSON, dibao(true), stamp(T, 1, "e1"), "CA-1")
                .after(dibao(false), stamp(T.plusSeconds(1), 2, "e2"), "CA-1", 20);

        assertThat(row.judge(stamp(T, 1, "e1"))).isEqualTo(Arrival.STALE);
    }

    @Test
    void onlyALaterRecordMayChangeTheRow() {
        ReportedFlag row = ReportedFlag.first(PERSON, dibao(true), stamp(T, 2, "e2"), "CA-1");

        assertThatThrownBy(() -> row.after(dibao(false), stamp(T, 1, "e1"), "CA-1", 20))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> row.after(dibao(false), stamp(T, 2, "e2"), "CA-1", 20))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theHistoryKeepsTheLastChangesOnly() {
        ReportedFlag row = ReportedFlag.first(PERSON, dibao(true), stamp(T, 1, "e1"), "CA-1");
        for (int i = 2; i <= 6; i++) {
            row = row.after(dibao(i % 2 == 1), stamp(T.plusSeconds(i), i, "e" + i), "CA-1", 3);
        }

        assertThat(row.history()).extracting(change -> change.stamp().eventId()).containsExactly("e4", "e5", "e6");
        assertThat(row.history().get(2)).isEqualTo(row.current());
    }

    @Test
    void aRowTakesTheCountyOfItsLatestRecord() {
        ReportedFlag row = ReportedFlag.first(PERSON, dibao(true), stamp(T, 1, "e1"), "CA-1");
        FlagStatement moved = new FlagStatement(idNumber(), "150425", HouseholdFlag.DIBAO, FlagSource.CIVIL_AFFAIRS, true,
                null, null, LocalDate.of(2025, 4, 1));

        assertThat(row.after(moved, stamp(T.plusSeconds(1), 1, "e9"), "CA-2", 20).countyCode()).isEqualTo("150425");
    }

    @Test
    void aStatementHoldsItsSourcesFlagAndKindAndGradeOnlyForAHeldDisability() {
        assertThatThrownBy(() -> new FlagStatement(idNumber(), "150424", HouseholdFlag.DIBAO, FlagSource.POVERTY_REGISTRY,
                true, null, null, LocalDate.of(2025, 1, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FlagStatement(idNumber(), "150424", HouseholdFlag.DISABILITY,
                FlagSource.DISABILITY_FEDERATION, true, null, null, LocalDate.of(2025, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FlagStatement(idNumber(), "150424", HouseholdFlag.DISABILITY,
                FlagSource.DISABILITY_FEDERATION, false, DisabilityKind.VISUAL, 2, LocalDate.of(2025, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FlagStatement(idNumber(), "150424", HouseholdFlag.DISABILITY,
                FlagSource.DISABILITY_FEDERATION, true, DisabilityKind.VISUAL, 5, LocalDate.of(2025, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStatementNeverShowsTheIdNumber() {
        FlagStatement statement = dibao(true);

        assertThat(statement.toString()).doesNotContain(statement.idNumber().unmaskedValue());
    }

    private static FlagStatement dibao(boolean on) {
        return new FlagStatement(idNumber(), "150424", HouseholdFlag.DIBAO, FlagSource.CIVIL_AFFAIRS, on, null, null,
                LocalDate.of(2025, 3, 1));
    }

    private static ResidentIdNumber idNumber() {
        return ResidentIdNumber.parse(HouseholdMother.freshIdNumber());
    }

    private static RecordStamp stamp(Instant at, long sequence, String eventId) {
        return new RecordStamp(at, sequence, eventId);
    }
}
