package org.eduaid.enrollment.roster.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.eduaid.contracts.enrollment.RosterChildRecorded;
import org.eduaid.contracts.enrollment.RosterChildRemoved;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.enrollment.roster.RosterChildMother;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.privacy.ResidentIdNumber;
import org.junit.jupiter.api.Test;

class RosterChildTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final PersonId ID = new PersonId("p-abcdefghijklmnopqrstuvwxyz");
    private static final ResidentIdNumber CHILD = RosterChildMother.idNumber("150424", LocalDate.of(2016, 5, 20),
            ResidentIdNumber.Sex.FEMALE);
    private static final Residence LINXI = new Residence("150424", "150424100", "150424100201");
    private static final Residence KESHIKETENG = Residence.inCounty("150425");

    private static RegistryPosition at(int minutes, long sequence) {
        return new RegistryPosition(T0.plusSeconds(60L * minutes), sequence);
    }

    private static ResultWithEvents<RosterChild> born() {
        return RosterChild.fromRegistry(ID, CHILD, new RegistryRecord.Birth("李春燕", LINXI, CHILD.birthDate()), at(0, 1), T0);
    }

    @Test
    void aBirthPutsTheChildOnTheRosterAndAnnouncesItWithoutTheIdNumber() {
        ResultWithEvents<RosterChild> result = born();

        assertThat(result.aggregate().status()).isEqualTo(RosterStatus.ON_ROSTER);
        assertThat(result.aggregate().residence()).isEqualTo(LINXI);
        assertThat(result.aggregate().history()).extracting(RosterChange::kind).containsExactly(ChangeKind.BIRTH);
        RosterChildRecorded recorded = (RosterChildRecorded) result.events().get(0);
        assertThat(recorded.childId()).isEqualTo(ID.value());
        assertThat(recorded.countyCode()).isEqualTo("150424");
        assertThat(recorded.townshipCode()).isEqualTo("150424100");
        assertThat(recorded.sex()).isEqualTo("FEMALE");
        assertThat(recorded.birthMonth()).isEqualTo(CHILD.birthDate().toString().substring(0, 7));
        assertThat(recorded.reason()).isEqualTo("BIRTH");
        assertThat(recorded.toString()).doesNotContain(CHILD.unmaskedValue());
    }

    @Test
    void aDuplicateBirthChangesNothing() {
        RosterChild child = born().aggregate();
        ResultWithEvents<RosterChild> again = child.apply(new RegistryRecord.Birth("李春燕", LINXI, CHILD.birthDate()),
                at(0, 1), T0.plusSeconds(5));
        assertThat(again.aggregate()).isEqualTo(child);
        assertThat(again.events()).isEmpty();
    }

    @Test
    void aMoveOutRemovesTheChildFromItsCountyAndAMoveInElsewhereRecordsItThere() {
        RosterChild child = born().aggregate();

        ResultWithEvents<RosterChild> out = child.apply(new RegistryRecord.MoveOut("150424", "150425",
                LocalDate.of(2026, 2, 1)), at(10, 2), T0);
        assertThat(out.aggregate().status()).isEqualTo(RosterStatus.MOVED_OUT);
        RosterChildRemoved removed = (RosterChildRemoved) out.events().get(0);
        assertThat(removed.countyCode()).isEqualTo("150424");
        assertThat(removed.reason()).isEqualTo("MOVED_OUT");
        assertThat(removed.effectiveOn()).isEqualTo("2026-02-01");

        ResultWithEvents<RosterChild> in = out.aggregate().apply(new RegistryRecord.MoveIn(null, KESHIKETENG,
                LocalDate.of(2026, 2, 3)), at(20, 3), T0);
        assertThat(in.aggregate().status()).isEqualTo(RosterStatus.ON_ROSTER);
        assertThat(in.aggregate().residence()).isEqualTo(KESHIKETENG);
        assertThat(in.aggregate().name()).isEqualTo("李春燕");
        assertThat(((RosterChildRecorded) in.events().get(0)).reason()).isEqualTo("MOVED_IN");
        assertThat(in.aggregate().history()).extracting(RosterChange::kind)
                .containsExactly(ChangeKind.BIRTH, ChangeKind.MOVED_OUT, ChangeKind.MOVED_IN);
    }

    @Test
    void aMoveOutOlderThanTheMoveInAlreadyAppliedIsIgnored() {
        RosterChild inKeshiketeng = born().aggregate()
                .apply(new RegistryRecord.MoveIn("李春燕", KESHIKETENG, LocalDate.of(2026, 2, 3)), at(20, 3), T0)
                .aggregate();
        ResultWithEvents<RosterChild> late = inKeshiketeng.apply(new RegistryRecord.MoveOut("150425", null,
                LocalDate.of(2026, 1, 1)), at(10, 2), T0);
        assertThat(late.aggregate()).isEqualTo(inKeshiketeng);
        assertThat(late.events()).isEmpty();
    }

    @Test
    void theSameInstantIsOrderedBySequence() {
        RosterChild child = born().aggregate();
        ResultWithEvents<RosterChild> out = child.apply(new RegistryRecord.MoveOut("150424", null, LocalDate.of(2026, 2, 1)),
                at(0, 2), T0);
        assertThat(out.aggregate().status()).isEqualTo(RosterStatus.MOVED_OUT);
        assertThat(out.aggregate().apply(new RegistryRecord.MoveIn("x", LINXI, LocalDate.of(2026, 2, 1)), at(0, 1), T0)
                .aggregate()).isEqualTo(out.aggregate());
    }

    @Test
    void aMoveOutDeliveredBeforeTheMoveInItFollowsLeavesATombstoneThatIgnoresTheMoveIn() {
        ResultWithEvents<RosterChild> tombstone = RosterChild.fromRegistry(ID, CHILD,
                new RegistryRecord.MoveOut("150424", "150425", LocalDate.of(2026, 2, 1)), at(10, 2), T0);
        assertThat(tombstone.events()).isEmpty();
        assertThat(tombstone.aggregate().status()).isEqualTo(RosterStatus.MOVED_OUT);

        ResultWithEvents<RosterChild> olderMoveIn = tombstone.aggregate().apply(
                new RegistryRecord.MoveIn("李春燕", LINXI, LocalDate.of(2025, 9, 1)), at(5, 1), T0);
        assertThat(olderMoveIn.aggregate()).isEqualTo(tombstone.aggregate());
        assertThat(olderMoveIn.events()).isEmpty();
    }

    @Test
    void aMoveOutOfACountyTheChildIsNotInRemovesNothing() {
        RosterChild child = born().aggregate();
        ResultWithEvents<RosterChild> elsewhere = child.apply(new RegistryRecord.MoveOut("150425", null,
                LocalDate.of(2026, 2, 1)), at(10, 2), T0);
        assertThat(elsewhere.events()).isEmpty();
        assertThat(elsewhere.aggregate().status()).isEqualTo(RosterStatus.ON_ROSTER);
        assertThat(elsewhere.aggregate().lastRegistryRecord()).isEqualTo(at(10, 2));
    }

    @Test
    void aDeathIsFinalEvenWhenItArrivesLate() {
        RosterChild moved = born().aggregate()
                .apply(new RegistryRecord.MoveIn("李春燕", KESHIKETENG, LocalDate.of(2026, 2, 3)), at(20, 3), T0)
                .aggregate();

        ResultWithEvents<RosterChild> died = moved.apply(new RegistryRecord.Death("150425", LocalDate.of(2026, 2, 2)),
                at(15, 2), T0);
        assertThat(died.aggregate().status()).isEqualTo(RosterStatus.DECEASED);
        assertThat(died.aggregate().lastRegistryRecord()).isEqualTo(at(20, 3));
        RosterChildRemoved removed = (RosterChildRemoved) died.events().get(0);
        assertThat(removed.reason()).isEqualTo("DECEASED");
        assertThat(removed.countyCode()).isEqualTo("150425");

        ResultWithEvents<RosterChild> after = died.aggregate().apply(new RegistryRecord.MoveIn("x", LINXI,
                LocalDate.of(2026, 3, 1)), at(30, 4), T0);
        assertThat(after.aggregate()).isEqualTo(died.aggregate());
        assertThat(after.events()).isEmpty();
        assertThat(died.aggregate().apply(new RegistryRecord.Death("150425", LocalDate.of(2026, 2, 2)), at(40, 5), T0)
                .events()).isEmpty();
        assertThatThrownBy(() -> died.aggregate().applyImport("x", LINXI, "import:150424", LocalDate.now(), T0))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theDeathOfSomebodyNotOnTheRosterIsATombstoneWithoutEvents() {
        ResultWithEvents<RosterChild> died = RosterChild.fromRegistry(ID, CHILD,
                new RegistryRecord.Death("150424", LocalDate.of(2026, 2, 2)), at(10, 2), T0);
        assertThat(died.events()).isEmpty();
        assertThat(died.aggregate().isDeceased()).isTrue();
        assertThat(died.aggregate().apply(new RegistryRecord.Birth("x", LINXI, CHILD.birthDate()), at(0, 1), T0)
                .aggregate()).isEqualTo(died.aggregate());
    }

    @Test
    void anImportedRowEqualToTheEntryChangesNothingAndANewTownshipIsRecorded() {
        ResultWithEvents<RosterChild> imported = RosterChild.fromImport(ID, CHILD, "李春燕", LINXI, "import:150424",
                LocalDate.of(2026, 3, 1), T0);
        assertThat(((RosterChildRecorded) imported.events().get(0)).reason()).isEqualTo("IMPORTED");

        ResultWithEvents<RosterChild> same = imported.aggregate().applyImport("李春燕", LINXI, "import:150424",
                LocalDate.of(2026, 3, 2), T0.plusSeconds(60));
        assertThat(same.aggregate()).isEqualTo(imported.aggregate());
        assertThat(same.events()).isEmpty();

        ResultWithEvents<RosterChild> renamed = imported.aggregate().applyImport("李春艳", LINXI, "import:150424",
                LocalDate.of(2026, 3, 2), T0);
        assertThat(renamed.aggregate().name()).isEqualTo("李春艳");
        assertThat(renamed.events()).isEmpty();

        Residence otherTownship = new Residence("150424", "150424101", null);
        ResultWithEvents<RosterChild> moved = imported.aggregate().applyImport("李春燕", otherTownship, "import:150424",
                LocalDate.of(2026, 3, 2), T0);
        assertThat(((RosterChildRecorded) moved.events().get(0)).townshipCode()).isEqualTo("150424101");
    }

    @Test
    void residencesNestTheirCodes() {
        assertThatThrownBy(() -> new Residence("150424", "150425100", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Residence("150424", "150424100", "150424101001"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Residence("1504", null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMotherMakesIdNumbersTheStandardAccepts() {
        assertThat(RosterChildMother.withCheckCharacter("11010519491231002")).isEqualTo("11010519491231002X");
        assertThat(CHILD.regionCode()).isEqualTo("150424");
        assertThat(CHILD.sex()).isEqualTo(ResidentIdNumber.Sex.FEMALE);
    }
}
