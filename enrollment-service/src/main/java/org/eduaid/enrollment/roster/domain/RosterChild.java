package org.eduaid.enrollment.roster.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eduaid.contracts.enrollment.RosterChildRecorded;
import org.eduaid.contracts.enrollment.RosterChildRemoved;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.privacy.ResidentIdNumber;

/**
 * A child on the school-age roster (适龄儿童花名册), one per person across all counties: where the
 * household is registered, whether the child is still counted there, and how that came about.
 *
 * <p>Records from the population registry arrive late, twice and out of order. Each one carries its
 * {@link RegistryPosition}; one that is not after the last applied changes nothing, so a move-out
 * older than the move-in already applied is ignored. A death is final: it applies even when it
 * arrives late, and nothing changes the entry afterwards. A move-out or death of somebody not on the
 * roster yet leaves a tombstone, so that the older move-in that may still be on its way is ignored.
 *
 * @param idNumber the ID number (its {@code toString()} is masked); stored encrypted only
 * @param name the name as the source gives it, {@code null} when only a move-out or death was seen
 * @param lastRegistryRecord the last registry record applied, {@code null} for entries from imports only
 */
public record RosterChild(PersonId id, ResidentIdNumber idNumber, String name, Residence residence,
        RosterStatus status, RegistryPosition lastRegistryRecord, List<RosterChange> history) {

    public static final String REGISTRY_SOURCE = "population-registry";
    private static final DateTimeFormatter BIRTH_MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    public RosterChild {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(residence, "residence");
        Objects.requireNonNull(status, "status");
        history = List.copyOf(history);
        name = name == null || name.isBlank() ? null : name.strip();
    }

    public LocalDate birthDate() {
        return idNumber.birthDate();
    }

    public ResidentIdNumber.Sex sex() {
        return idNumber.sex();
    }

    public boolean isOnRoster() {
        return status == RosterStatus.ON_ROSTER;
    }

    public boolean isDeceased() {
        return status == RosterStatus.DECEASED;
    }

    /** The first registry record about a person the roster keeps. */
    public static ResultWithEvents<RosterChild> fromRegistry(PersonId id, ResidentIdNumber idNumber,
            RegistryRecord record, RegistryPosition position, Instant now) {
        RosterChild nobody = new RosterChild(id, idNumber, null, Residence.inCounty(idNumber.regionCode()),
                RosterStatus.MOVED_OUT, null, List.of());
        if (record instanceof RegistryRecord.Birth birth) {
            return nobody.enter(ChangeKind.BIRTH, birth.name(), birth.residence(), birth.registeredOn(), REGISTRY_SOURCE,
                    position, now);
        }
        if (record instanceof RegistryRecord.MoveIn moveIn) {
            return nobody.enter(ChangeKind.MOVED_IN, moveIn.name(), moveIn.residence(), moveIn.movedOn(),
                    REGISTRY_SOURCE, position, now);
        }
        // a tombstone: never counted, so nothing to announce, but older records about the person stay ignored
        if (record instanceof RegistryRecord.MoveOut moveOut) {
            return ResultWithEvents.of(new RosterChild(id, idNumber, null, Residence.inCounty(moveOut.countyCode()),
                    RosterStatus.MOVED_OUT, position, List.of(new RosterChange(ChangeKind.MOVED_OUT,
                            moveOut.countyCode(), null, moveOut.movedOn(), REGISTRY_SOURCE, now))));
        }
        RegistryRecord.Death death = (RegistryRecord.Death) record;
        return ResultWithEvents.of(new RosterChild(id, idNumber, null, Residence.inCounty(death.countyCode()),
                RosterStatus.DECEASED, position, List.of(new RosterChange(ChangeKind.DECEASED, death.countyCode(),
                        null, death.diedOn(), REGISTRY_SOURCE, now))));
    }

    /** A child first seen in a county's roster import. */
    public static ResultWithEvents<RosterChild> fromImport(PersonId id, ResidentIdNumber idNumber, String name,
            Residence residence, String source, LocalDate importedOn, Instant now) {
        RosterChild nobody = new RosterChild(id, idNumber, null, residence, RosterStatus.MOVED_OUT, null, List.of());
        return nobody.enter(ChangeKind.IMPORTED, name, residence, importedOn, source, null, now);
    }

    /**
     * Applies a later registry record; an earlier or repeated one (by {@link RegistryPosition}) and
     * anything after a death change nothing.
     */
    public ResultWithEvents<RosterChild> apply(RegistryRecord record, RegistryPosition position, Instant now) {
        if (isDeceased()) {
            return unchanged();
        }
        if (record instanceof RegistryRecord.Death death) {
            // final, and applied even when late: no order of records can bring a child back
            RegistryPosition latest = position.isAfter(lastRegistryRecord) ? position : lastRegistryRecord;
            RosterChild dead = new RosterChild(id, idNumber, name, residence, RosterStatus.DECEASED, latest,
                    appended(new RosterChange(ChangeKind.DECEASED, death.countyCode(), null, death.diedOn(),
                            REGISTRY_SOURCE, now)));
            return isOnRoster()
                    ? ResultWithEvents.of(dead, removed(ChangeKind.DECEASED, death.diedOn(), now))
                    : ResultWithEvents.of(dead);
        }
        if (!position.isAfter(lastRegistryRecord)) {
            return unchanged();
        }
        if (record instanceof RegistryRecord.Birth birth) {
            return enter(ChangeKind.BIRTH, birth.name(), birth.residence(), birth.registeredOn(), REGISTRY_SOURCE,
                    position, now);
        }
        if (record instanceof RegistryRecord.MoveIn moveIn) {
            return enter(ChangeKind.MOVED_IN, moveIn.name(), moveIn.residence(), moveIn.movedOn(), REGISTRY_SOURCE,
                    position, now);
        }
        RegistryRecord.MoveOut moveOut = (RegistryRecord.MoveOut) record;
        if (!isOnRoster() || !residence.sameCounty(moveOut.countyCode())) {
            // leaving a county the child is not counted in: the registry is ahead of itself, nothing to do
            return ResultWithEvents.of(at(position));
        }
        RosterChild gone = new RosterChild(id, idNumber, name, residence, RosterStatus.MOVED_OUT, position,
                appended(new RosterChange(ChangeKind.MOVED_OUT, moveOut.countyCode(), residence.townshipCode(),
                        moveOut.movedOn(), REGISTRY_SOURCE, now)));
        return ResultWithEvents.of(gone, removed(ChangeKind.MOVED_OUT, moveOut.movedOn(), now));
    }

    /**
     * A row of a county's roster import about this child: counted where the file says. The same row
     * again changes nothing; the dead stay dead (the caller rejects the row).
     */
    public ResultWithEvents<RosterChild> applyImport(String importedName, Residence importedResidence, String source,
            LocalDate importedOn, Instant now) {
        if (isDeceased()) {
            throw new IllegalStateException("the population registry records this child as deceased");
        }
        return enter(ChangeKind.IMPORTED, importedName, importedResidence, importedOn, source, lastRegistryRecord, now);
    }

    private ResultWithEvents<RosterChild> enter(ChangeKind kind, String newName, Residence newResidence,
            LocalDate effectiveOn, String source, RegistryPosition position, Instant now) {
        String keptName = newName == null || newName.isBlank() ? name : newName.strip();
        boolean moves = !isOnRoster() || !residence.equals(newResidence);
        if (!moves) {
            // same place: a corrected name or a newer position, but nothing to announce
            return ResultWithEvents.of(new RosterChild(id, idNumber, keptName, residence, status,
                    position == null ? lastRegistryRecord : position, history));
        }
        RosterChild entered = new RosterChild(id, idNumber, keptName, newResidence, RosterStatus.ON_ROSTER,
                position == null ? lastRegistryRecord : position,
                appended(new RosterChange(kind, newResidence.countyCode(), newResidence.townshipCode(), effectiveOn,
                        source, now)));
        return ResultWithEvents.of(entered, new RosterChildRecorded(id.value(), newResidence.countyCode(),
                newResidence.townshipCode(), sex().name(), birthDate().format(BIRTH_MONTH), kind.name(),
                effectiveOn == null ? null : effectiveOn.toString(), now));
    }

    private RosterChildRemoved removed(ChangeKind kind, LocalDate effectiveOn, Instant now) {
        return new RosterChildRemoved(id.value(), residence.countyCode(), kind.name(),
                effectiveOn == null ? null : effectiveOn.toString(), now);
    }

    private RosterChild at(RegistryPosition position) {
        return new RosterChild(id, idNumber, name, residence, status, position, history);
    }

    private ResultWithEvents<RosterChild> unchanged() {
        return ResultWithEvents.of(this);
    }

    private List<RosterChange> appended(RosterChange change) {
        List<RosterChange> longer = new ArrayList<>(history);
        longer.add(change);
        return longer;
    }
}
