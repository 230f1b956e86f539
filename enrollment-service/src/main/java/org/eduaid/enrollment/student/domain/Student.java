package org.eduaid.enrollment.student.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eduaid.contracts.enrollment.HouseholdFlags;
import org.eduaid.contracts.enrollment.StudentEnrolled;
import org.eduaid.contracts.enrollment.StudentFlagsChanged;
import org.eduaid.contracts.enrollment.StudentGraduated;
import org.eduaid.contracts.enrollment.StudentPromoted;
import org.eduaid.contracts.enrollment.StudentRegistered;
import org.eduaid.contracts.enrollment.StudentResumed;
import org.eduaid.contracts.enrollment.StudentSuspended;
import org.eduaid.contracts.enrollment.StudentTransferred;
import org.eduaid.contracts.enrollment.StudentWithdrawn;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.privacy.Masks;
import org.eduaid.kit.privacy.ResidentIdNumber;

/**
 * A child in the student registry (学籍), keyed by the pseudonymous {@link PersonId}: identity,
 * household, household flags with their provenance and history, and the history of enrolments, of
 * which at most the last holds a place at a school. Immutable: every command returns the new
 * student with the events it raised.
 */
public final class Student {

    private final PersonId id;
    private final ResidentIdNumber idNumber;
    private final String name;
    private final Household household;
    private final String guardianName;
    private final Map<FlagName, FlagValue> flags;
    /** Per flag and source, the recording time of the last record heard: older records are ignored. */
    private final Map<String, Instant> heard;
    private final List<FlagChange> flagHistory;
    private final List<Enrolment> enrolments;
    private final Instant registeredAt;

    public Student(PersonId id, ResidentIdNumber idNumber, String name, Household household, String guardianName,
            Map<FlagName, FlagValue> flags, Map<String, Instant> heard, List<FlagChange> flagHistory,
            List<Enrolment> enrolments, Instant registeredAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.idNumber = Objects.requireNonNull(idNumber, "idNumber");
        this.name = requireName(name, "a student has a name");
        this.household = Objects.requireNonNull(household, "household");
        this.guardianName = guardianName == null || guardianName.isBlank() ? null : guardianName.strip();
        EnumMap<FlagName, FlagValue> all = new EnumMap<>(FlagName.class);
        for (FlagName flag : FlagName.values()) {
            all.put(flag, flags.getOrDefault(flag, FlagValue.UNSTATED));
        }
        this.flags = java.util.Collections.unmodifiableMap(all);
        this.heard = Map.copyOf(heard);
        this.flagHistory = List.copyOf(flagHistory);
        this.enrolments = List.copyOf(enrolments);
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
        for (int i = 0; i < this.enrolments.size() - 1; i++) {
            if (this.enrolments.get(i).state().holdsPlace()) {
                throw new IllegalArgumentException("only the last enrolment may hold a place");
            }
        }
    }

    /**
     * Registers a child. Initial flags (from the registering officer or file) are recorded with their
     * source; whether the household county is real is checked by the caller against the division list.
     */
    public static ResultWithEvents<Student> register(PersonId id, ResidentIdNumber idNumber, String name,
            Household household, String guardianName, Collection<FlagSetting> initialFlags, String source,
            Instant now) {
        Student blank = new Student(id, idNumber, name, household, guardianName, Map.of(), Map.of(), List.of(),
                List.of(), now);
        Student student = blank.withFlags(initialFlags.stream().filter(FlagSetting::on).toList(), source, null, now,
                now).aggregate();
        return ResultWithEvents.of(student, new StudentRegistered(id.value(), idNumber.masked(),
                Masks.personName(student.name), idNumber.sex().name(), idNumber.birthDate().getYear(),
                household.countyCode(), household.townshipCode(), household.villageCode(), student.householdFlags(),
                now));
    }

    // ---- flags

    /**
     * An officer's or a file's statement of some flags: those that differ are changed and kept in the
     * history with {@code source}; nothing that matches changes, so stating the same twice raises nothing.
     */
    public ResultWithEvents<Student> setFlags(Collection<FlagSetting> settings, String source, LocalDate effectiveOn,
            Instant now) {
        requireSource(source);
        return withFlags(settings, source, effectiveOn, now, now);
    }

    /**
     * What an outside system recorded about one flag at {@code recordedAt}. Records from that source
     * at or before the last one heard are ignored (late or duplicated deliveries); a newer one is
     * applied even if another source has said otherwise since, as the source is the authority on it.
     */
    public ResultWithEvents<Student> hear(FlagSetting setting, String source, LocalDate effectiveOn,
            Instant recordedAt, Instant now) {
        requireSource(source);
        Objects.requireNonNull(recordedAt, "recordedAt");
        // stored to the millisecond: compare at that precision so a redelivery is recognised
        recordedAt = recordedAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        String key = heardKey(setting.flag(), source);
        Instant last = heard.get(key);
        if (last != null && !recordedAt.isAfter(last)) {
            return ResultWithEvents.of(this);
        }
        Map<String, Instant> nowHeard = new HashMap<>(heard);
        nowHeard.put(key, recordedAt);
        Student withHeard = new Student(id, idNumber, name, household, guardianName, flags, nowHeard, flagHistory,
                enrolments, registeredAt);
        return withHeard.withFlags(List.of(setting), source, effectiveOn, recordedAt, now);
    }

    /** When {@code source} was last heard on {@code flag}, if ever. */
    public Optional<Instant> lastHeard(FlagName flag, String source) {
        return Optional.ofNullable(heard.get(heardKey(flag, source)));
    }

    private ResultWithEvents<Student> withFlags(Collection<FlagSetting> settings, String source, LocalDate effectiveOn,
            Instant recordedAt, Instant now) {
        EnumMap<FlagName, FlagValue> next = new EnumMap<>(flags);
        List<FlagChange> history = new ArrayList<>(flagHistory);
        List<String> changed = new ArrayList<>();
        for (FlagSetting setting : settings) {
            if (next.get(setting.flag()).sameStateAs(setting) && next.get(setting.flag()).source() != null) {
                continue;
            }
            if (!setting.on() && next.get(setting.flag()).source() == null) {
                // "off" for a flag nobody ever set is what it already is
                continue;
            }
            next.put(setting.flag(), new FlagValue(setting.on(), setting.disabilityKind(), setting.disabilityGrade(),
                    source, effectiveOn, recordedAt));
            history.add(new FlagChange(setting.flag(), setting.on(), setting.disabilityKind(),
                    setting.disabilityGrade(), source, effectiveOn, recordedAt, now));
            if (!changed.contains(setting.flag().name())) {
                changed.add(setting.flag().name());
            }
        }
        Student student = new Student(id, idNumber, name, household, guardianName, next, heard, history, enrolments,
                registeredAt);
        if (changed.isEmpty()) {
            return ResultWithEvents.of(student);
        }
        return ResultWithEvents.of(student, new StudentFlagsChanged(id.value(), student.householdFlags(),
                List.copyOf(changed), source, effectiveOn == null ? null : effectiveOn.toString(), now));
    }

    public HouseholdFlags householdFlags() {
        FlagValue disability = flags.get(FlagName.DISABILITY);
        return new HouseholdFlags(isOn(FlagName.REGISTERED_POOR), isOn(FlagName.DIBAO), isOn(FlagName.TEKUN),
                isOn(FlagName.ORPHAN),
                disability.on() ? new HouseholdFlags.Disability(disability.disabilityKind(),
                        disability.disabilityGrade()) : null,
                isOn(FlagName.LEFT_BEHIND), isOn(FlagName.RELOCATED));
    }

    public boolean isOn(FlagName flag) {
        return flags.get(flag).on();
    }

    // ---- enrolment

    /** Starts an enrolment; fails if the student already holds a place anywhere (duplicate enrolment). */
    public ResultWithEvents<Student> enrol(Placement placement, LocalDate on, Instant now) {
        Objects.requireNonNull(on, "on");
        Optional<Enrolment> current = current();
        if (current.isPresent()) {
            if (current.get().schoolCode().equals(placement.schoolCode())) {
                throw new StudentRuleException("the student is already enrolled at this school");
            }
            throw new DuplicateEnrolmentException(current.get().schoolCode(), current.get().countyCode());
        }
        lastEnrolment().ifPresent(last -> requireNotBefore(on, last.since()));
        Student student = withEnrolments(append(new Enrolment(placement, on, EnrolmentState.ACTIVE, on, null, now)));
        return ResultWithEvents.of(student, new StudentEnrolled(id.value(), placement.schoolCode(),
                placement.countyCode(), placement.stage().name(), placement.grade(), placement.boarding(),
                on.toString(), now));
    }

    /** Moves an active student up a grade or on to a later stage at the same school. */
    public ResultWithEvents<Student> promote(Stage stage, int grade, LocalDate on, Instant now) {
        Enrolment active = requireState("promote", EnrolmentState.ACTIVE);
        requireNotBefore(on, active.since());
        Placement from = active.placement();
        if (!stage.isAfter(grade, from.stage(), from.grade())) {
            throw new StudentRuleException("a promotion goes to a later grade or stage than " + from.stage() + " grade "
                    + from.grade());
        }
        Placement to = new Placement(from.schoolCode(), from.countyCode(), stage, grade, from.boarding());
        Enrolment promoted = new Enrolment(to, active.startedOn(), EnrolmentState.ACTIVE, active.since(), null, now);
        return ResultWithEvents.of(withEnrolments(replaceLast(promoted)), new StudentPromoted(id.value(),
                from.schoolCode(), from.countyCode(), stage.name(), grade, on.toString(), now));
    }

    /**
     * Moves an active student to another school, possibly in another county, which takes the student
     * over: the enrolment at the old school ends as TRANSFERRED_OUT and a new one starts, so the
     * history shows both and the student never holds two places.
     */
    public ResultWithEvents<Student> transfer(Placement to, LocalDate on, Instant now) {
        Enrolment active = requireState("transfer", EnrolmentState.ACTIVE);
        requireNotBefore(on, active.since());
        if (active.schoolCode().equals(to.schoolCode())) {
            throw new StudentRuleException("a transfer goes to another school; use promotion within a school");
        }
        List<Enrolment> next = replaceLast(active.moveTo(EnrolmentState.TRANSFERRED_OUT, on, null, now));
        next.add(new Enrolment(to, on, EnrolmentState.ACTIVE, on, null, now));
        Placement from = active.placement();
        return ResultWithEvents.of(withEnrolments(next), new StudentTransferred(id.value(), from.schoolCode(),
                from.countyCode(), to.schoolCode(), to.countyCode(), to.stage().name(), to.grade(), to.boarding(),
                on.toString(), now));
    }

    /** Suspends an active enrolment (休学); the place is kept. */
    public ResultWithEvents<Student> suspend(SuspensionReason reason, LocalDate on, Instant now) {
        Objects.requireNonNull(reason, "reason");
        Enrolment active = requireState("suspend", EnrolmentState.ACTIVE);
        requireNotBefore(on, active.since());
        return ResultWithEvents.of(withEnrolments(replaceLast(active.moveTo(EnrolmentState.SUSPENDED, on,
                reason.name(), now))), new StudentSuspended(id.value(), active.schoolCode(), active.countyCode(),
                reason.name(), on.toString(), now));
    }

    public ResultWithEvents<Student> resume(LocalDate on, Instant now) {
        Enrolment suspended = requireState("resume", EnrolmentState.SUSPENDED);
        requireNotBefore(on, suspended.since());
        return ResultWithEvents.of(withEnrolments(replaceLast(suspended.moveTo(EnrolmentState.ACTIVE, on, null, now))),
                new StudentResumed(id.value(), suspended.schoolCode(), suspended.countyCode(), on.toString(), now));
    }

    /** Ends an active or suspended enrolment without finishing (退学/辍学). */
    public ResultWithEvents<Student> withdraw(WithdrawalReason reason, LocalDate on, Instant now) {
        Objects.requireNonNull(reason, "reason");
        Enrolment current = requireState("withdraw", EnrolmentState.ACTIVE, EnrolmentState.SUSPENDED);
        requireNotBefore(on, current.since());
        return ResultWithEvents.of(withEnrolments(replaceLast(current.moveTo(EnrolmentState.WITHDRAWN, on,
                reason.name(), now))), new StudentWithdrawn(id.value(), current.schoolCode(), current.countyCode(),
                reason.name(), on.toString(), now));
    }

    public ResultWithEvents<Student> graduate(LocalDate on, Instant now) {
        Enrolment active = requireState("graduate", EnrolmentState.ACTIVE);
        requireNotBefore(on, active.since());
        return ResultWithEvents.of(withEnrolments(replaceLast(active.moveTo(EnrolmentState.GRADUATED, on, null, now))),
                new StudentGraduated(id.value(), active.schoolCode(), active.countyCode(),
                        active.placement().stage().name(), on.toString(), now));
    }

    /** The enrolment that holds the student's place (ACTIVE or SUSPENDED), if any. */
    public Optional<Enrolment> current() {
        return lastEnrolment().filter(last -> last.state().holdsPlace());
    }

    public Optional<Enrolment> lastEnrolment() {
        return enrolments.isEmpty() ? Optional.empty() : Optional.of(enrolments.get(enrolments.size() - 1));
    }

    /** A student with other identity details (a corrected name or household from a file); raises no event. */
    public Student withDetails(String newName, Household newHousehold, String newGuardianName) {
        return new Student(id, idNumber, newName, newHousehold, newGuardianName, flags, heard, flagHistory,
                enrolments, registeredAt);
    }

    private Enrolment requireState(String action, EnrolmentState... allowed) {
        Enrolment last = lastEnrolment().orElseThrow(() -> new StudentRuleException(
                "cannot " + action + ": the student has never been enrolled"));
        if (!List.of(allowed).contains(last.state())) {
            throw new StudentRuleException("cannot " + action + " a student whose enrolment is " + last.state());
        }
        return last;
    }

    private static void requireNotBefore(LocalDate on, LocalDate since) {
        Objects.requireNonNull(on, "date");
        if (on.isBefore(since)) {
            throw new IllegalArgumentException("date must not be before " + since + ", when the enrolment last changed");
        }
    }

    private List<Enrolment> append(Enrolment enrolment) {
        List<Enrolment> next = new ArrayList<>(enrolments);
        next.add(enrolment);
        return next;
    }

    private List<Enrolment> replaceLast(Enrolment enrolment) {
        List<Enrolment> next = new ArrayList<>(enrolments);
        next.set(next.size() - 1, enrolment);
        return next;
    }

    private Student withEnrolments(List<Enrolment> next) {
        return new Student(id, idNumber, name, household, guardianName, flags, heard, flagHistory, next, registeredAt);
    }

    private static String heardKey(FlagName flag, String source) {
        return flag.name() + "@" + source;
    }

    private static void requireSource(String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("a flag change has a source");
        }
    }

    private static String requireName(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return value.strip();
    }

    public PersonId id() {
        return id;
    }

    public ResidentIdNumber idNumber() {
        return idNumber;
    }

    public String name() {
        return name;
    }

    public Household household() {
        return household;
    }

    public String guardianName() {
        return guardianName;
    }

    public Map<FlagName, FlagValue> flags() {
        return flags;
    }

    public Map<String, Instant> heard() {
        return heard;
    }

    public List<FlagChange> flagHistory() {
        return flagHistory;
    }

    public List<Enrolment> enrolments() {
        return enrolments;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    /** Same state in every field (a re-imported row that matches what is stored changes nothing). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Student that && id.equals(that.id) && idNumber.equals(that.idNumber)
                && name.equals(that.name) && household.equals(that.household)
                && Objects.equals(guardianName, that.guardianName) && flags.equals(that.flags)
                && heard.equals(that.heard) && flagHistory.equals(that.flagHistory)
                && enrolments.equals(that.enrolments) && registeredAt.equals(that.registeredAt);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Student[" + id + "]";
    }
}
