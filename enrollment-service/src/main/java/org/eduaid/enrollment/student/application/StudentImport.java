package org.eduaid.enrollment.student.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eduaid.enrollment.household.application.ExternalFlagLookup;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.enrollment.person.PersonIds;
import org.eduaid.enrollment.school.application.SchoolRepository;
import org.eduaid.enrollment.school.domain.School;
import org.eduaid.enrollment.school.domain.SchoolCode;
import org.eduaid.enrollment.student.domain.Enrolment;
import org.eduaid.enrollment.student.domain.FlagName;
import org.eduaid.enrollment.student.domain.FlagSetting;
import org.eduaid.enrollment.student.domain.FlagValue;
import org.eduaid.enrollment.student.domain.Household;
import org.eduaid.enrollment.student.domain.Placement;
import org.eduaid.enrollment.student.domain.Stage;
import org.eduaid.enrollment.student.domain.Student;
import org.eduaid.enrollment.student.domain.StudentRuleException;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.StaleAggregateException;
import org.eduaid.kit.regions.RegionDirectory;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Applies a chunk of import rows in a few round trips: one read of the stored students, one bulk
 * insert of the new ones, one versioned update per changed one. A row that states what is stored
 * changes nothing, so re-running a file raises no event. The file's flags are its own statements:
 * a flag the file leaves out is turned off only if a file set it, never one an agency or officer set.
 */
@Service
public class StudentImport implements StudentRecords {

    private static final List<FlagName> FILE_FLAGS = List.of(FlagName.REGISTERED_POOR, FlagName.DIBAO,
            FlagName.TEKUN, FlagName.ORPHAN, FlagName.LEFT_BEHIND, FlagName.RELOCATED);
    private static final int PARALLEL_UPDATES = 8;

    private final StudentRepository students;
    private final SchoolRepository schools;
    private final PersonIds personIds;
    private final RegionDirectory regions;
    private final ExternalFlagLookup externalFlags;
    private final ExternalFlagApplier flagApplier;
    private final StudentDuplicates duplicates;
    private final Clock clock;

    public StudentImport(StudentRepository students, SchoolRepository schools, PersonIds personIds,
            RegionDirectory regions, ExternalFlagLookup externalFlags, ExternalFlagApplier flagApplier,
            StudentDuplicates duplicates, Clock clock) {
        this.students = students;
        this.schools = schools;
        this.personIds = personIds;
        this.regions = regions;
        this.externalFlags = externalFlags;
        this.flagApplier = flagApplier;
        this.duplicates = duplicates;
        this.clock = clock;
    }

    @Override
    public Mono<List<RowOutcome>> apply(List<StudentRecord> rows, ImportScope scope, TraceContext trace) {
        Map<Long, RowOutcome> outcomes = new LinkedHashMap<>();
        rows.forEach(row -> outcomes.put(row.rowNumber(), null));
        Map<PersonId, Long> firstRow = new HashMap<>();
        List<Prepared> prepared = new ArrayList<>();
        for (StudentRecord row : rows) {
            RowOutcome rejected = validate(row);
            if (rejected != null) {
                outcomes.put(row.rowNumber(), rejected);
                continue;
            }
            PersonId id = personIds.of(row.idNumber());
            Long first = firstRow.putIfAbsent(id, row.rowNumber());
            if (first != null) {
                outcomes.put(row.rowNumber(), RowOutcome.rejected(row.rowNumber(), "idNumber",
                        "the same ID number as row " + first + ", which is applied instead"));
                continue;
            }
            prepared.add(new Prepared(row, id));
        }
        List<String> schoolCodes = prepared.stream().map(p -> p.row().enrolment()).filter(Objects::nonNull)
                .map(StudentRecord.Enrolment::schoolCode).distinct().toList();
        Mono<Map<String, School>> schoolsByCode = Flux.fromIterable(schoolCodes)
                .filter(code -> code != null && code.matches("\\d{10}"))
                .flatMap(code -> schools.find(new SchoolCode(code)), 4)
                .collectMap(school -> school.code().value());
        Mono<Map<PersonId, StoredStudent>> existing = students.findAll(prepared.stream().map(Prepared::id).toList());
        return Mono.zip(schoolsByCode, existing).flatMap(loaded -> {
            Instant now = clock.instant();
            List<ResultWithEvents<Student>> created = new ArrayList<>();
            Map<PersonId, Long> createdRows = new HashMap<>();
            List<Change> changes = new ArrayList<>();
            for (Prepared p : prepared) {
                StudentRecord row = p.row();
                try {
                    Optional<Placement> placement = placement(row, loaded.getT1());
                    RowOutcome outOfScope = scopeCheck(row, placement, scope);
                    if (outOfScope != null) {
                        outcomes.put(row.rowNumber(), outOfScope);
                        continue;
                    }
                    StoredStudent stored = loaded.getT2().get(p.id());
                    if (stored == null) {
                        created.add(register(p, placement, scope, now));
                        createdRows.put(p.id(), row.rowNumber());
                    } else {
                        ResultWithEvents<Student> result = update(stored.student(), row, placement, scope, now);
                        if (result.aggregate().equals(stored.student())) {
                            outcomes.put(row.rowNumber(), RowOutcome.of(row.rowNumber(), RowOutcome.Result.UNCHANGED));
                        } else {
                            changes.add(new Change(row.rowNumber(), stored.version(), result));
                        }
                    }
                } catch (RowRejected e) {
                    outcomes.put(row.rowNumber(), RowOutcome.rejected(row.rowNumber(), e.field, e.getMessage()));
                } catch (StudentRuleException | IllegalArgumentException e) {
                    outcomes.put(row.rowNumber(), RowOutcome.rejected(row.rowNumber(), "enrolment", e.getMessage()));
                }
            }
            Mono<Void> inserts = students.addAll(created, trace).flatMap(taken -> {
                List<Student> fresh = new ArrayList<>();
                for (ResultWithEvents<Student> c : created) {
                    long rowNumber = createdRows.get(c.aggregate().id());
                    if (taken.contains(c.aggregate().id())) {
                        outcomes.put(rowNumber, RowOutcome.rejected(rowNumber, "idNumber",
                                "the student was registered by someone else meanwhile; import the file again"));
                    } else {
                        outcomes.put(rowNumber, RowOutcome.of(rowNumber, RowOutcome.Result.CREATED));
                        fresh.add(c.aggregate());
                    }
                }
                return duplicates.detect(fresh).then(applyReportedFlags(fresh, trace));
            });
            Mono<Void> updates = Flux.fromIterable(changes)
                    .flatMap(change -> students.update(change.version(), change.result(), trace)
                            .map(v -> RowOutcome.of(change.rowNumber(), RowOutcome.Result.UPDATED))
                            .onErrorResume(StaleAggregateException.class, e -> Mono.just(RowOutcome.rejected(
                                    change.rowNumber(), "idNumber",
                                    "the student was changed by someone else meanwhile; import the file again"))),
                            PARALLEL_UPDATES)
                    .doOnNext(outcome -> outcomes.put(outcome.rowNumber(), outcome))
                    .then();
            return inserts.then(updates).then(Mono.fromSupplier(() -> List.copyOf(outcomes.values())));
        });
    }

    /** Flags agencies reported before these children were students (insert first, then read). */
    private Mono<Void> applyReportedFlags(List<Student> fresh, TraceContext trace) {
        if (fresh.isEmpty()) {
            return Mono.empty();
        }
        return externalFlags.flagsOf(fresh.stream().map(Student::id).toList())
                .flatMapMany(found -> Flux.fromIterable(found.entrySet()))
                .filter(entry -> !entry.getValue().isEmpty())
                .flatMap(entry -> flagApplier.applyAll(entry.getKey(), entry.getValue(), trace)
                        .onErrorResume(ExternalFlagApplier.NoChange.class, e -> Mono.empty()), PARALLEL_UPDATES)
                .then();
    }

    private RowOutcome validate(StudentRecord row) {
        if (row.name() == null || row.name().isBlank()) {
            return RowOutcome.rejected(row.rowNumber(), "name", "is required");
        }
        if (!regions.isCounty(row.householdCountyCode())) {
            return RowOutcome.rejected(row.rowNumber(), "householdCountyCode",
                    "is not a county in the national division list");
        }
        try {
            household(row);
            settings(row);
        } catch (IllegalArgumentException e) {
            return RowOutcome.rejected(row.rowNumber(), "flags", e.getMessage());
        }
        return null;
    }

    private ResultWithEvents<Student> register(Prepared p, Optional<Placement> placement, ImportScope scope,
            Instant now) {
        StudentRecord row = p.row();
        ResultWithEvents<Student> result = Student.register(p.id(), row.idNumber(), row.name(), household(row),
                row.guardianName(), settings(row), scope.source(), now);
        if (placement.isPresent()) {
            result = Results.chain(result, result.aggregate().enrol(placement.get(), row.enrolment().enrolledOn(), now));
        }
        return result;
    }

    private ResultWithEvents<Student> update(Student stored, StudentRecord row, Optional<Placement> placement,
            ImportScope scope, Instant now) {
        Student student = stored;
        Household household = household(row);
        String guardian = row.guardianName() == null || row.guardianName().isBlank() ? null : row.guardianName().strip();
        if (!stored.name().equals(row.name().strip()) || !stored.household().equals(household)
                || !Objects.equals(stored.guardianName(), guardian)) {
            student = stored.withDetails(row.name(), household, guardian);
        }
        List<FlagSetting> settings = new ArrayList<>();
        for (FlagSetting setting : settings(row)) {
            FlagValue current = student.flags().get(setting.flag());
            // the file may turn off only what a file turned on
            if (setting.on() || current.source() != null && current.source().startsWith("import")) {
                settings.add(setting);
            }
        }
        ResultWithEvents<Student> result = student.setFlags(settings, scope.source(), null, now);
        if (placement.isPresent()) {
            result = Results.chain(result, enrolmentChange(result.aggregate(), placement.get(),
                    row.enrolment().enrolledOn(), now));
        }
        return result;
    }

    private ResultWithEvents<Student> enrolmentChange(Student student, Placement to, LocalDate enrolledOn, Instant now) {
        Optional<Enrolment> current = student.current();
        if (current.isPresent()) {
            Placement at = current.get().placement();
            if (!at.schoolCode().equals(to.schoolCode())) {
                throw new RowRejected("enrolment", "the student is already enrolled at school " + at.schoolCode()
                        + " in county " + at.countyCode() + "; that enrolment must end or be transferred first");
            }
            if (to.stage().isAfter(to.grade(), at.stage(), at.grade())
                    && current.get().state() == org.eduaid.enrollment.student.domain.EnrolmentState.ACTIVE) {
                LocalDate today = LocalDate.now(clock);
                return student.promote(to.stage(), to.grade(), today.isBefore(current.get().since())
                        ? current.get().since() : today, now);
            }
            return ResultWithEvents.of(student);
        }
        boolean alreadyRecorded = student.enrolments().stream().anyMatch(e -> e.schoolCode().equals(to.schoolCode())
                && e.startedOn().equals(enrolledOn));
        if (alreadyRecorded) {
            // an enrolment the file states that has ended since: the file is older than the registry
            return ResultWithEvents.of(student);
        }
        return student.enrol(to, enrolledOn, now);
    }

    private static Optional<Placement> placement(StudentRecord row, Map<String, School> schools) {
        StudentRecord.Enrolment e = row.enrolment();
        if (e == null) {
            return Optional.empty();
        }
        School school = schools.get(e.schoolCode());
        if (school == null) {
            throw new RowRejected("schoolCode", "is not a registered school");
        }
        Stage stage;
        try {
            stage = Stage.valueOf(e.stage());
        } catch (IllegalArgumentException | NullPointerException ex) {
            throw new RowRejected("stage", "is not a stage of schooling");
        }
        if (e.enrolledOn() == null) {
            throw new RowRejected("enrolledOn", "is required with an enrolment");
        }
        return Optional.of(new Placement(school.code().value(), school.countyCode(), stage, e.grade(), e.boarding()));
    }

    private static RowOutcome scopeCheck(StudentRecord row, Optional<Placement> placement, ImportScope scope) {
        if (scope.schoolCode() != null) {
            if (placement.isEmpty() || !placement.get().schoolCode().equals(scope.schoolCode())) {
                return RowOutcome.rejected(row.rowNumber(), "schoolCode",
                        "a school's file may only enrol students at school " + scope.schoolCode());
            }
            return null;
        }
        String county = placement.map(Placement::countyCode).orElse(row.householdCountyCode());
        if (!county.equals(scope.countyCode())) {
            return RowOutcome.rejected(row.rowNumber(), placement.isPresent() ? "schoolCode" : "householdCountyCode",
                    "is outside county " + scope.countyCode() + ", which this import is for");
        }
        return null;
    }

    private static Household household(StudentRecord row) {
        return new Household(row.householdCountyCode(), blankToNull(row.householdTownshipCode()),
                blankToNull(row.householdVillageCode()));
    }

    private static List<FlagSetting> settings(StudentRecord row) {
        List<FlagSetting> settings = new ArrayList<>();
        for (String flag : row.flags()) {
            FlagName name = FlagName.parse(flag);
            if (!FILE_FLAGS.contains(name)) {
                throw new IllegalArgumentException(flag + " is not a flag a file states; give the disability kind and grade");
            }
        }
        for (FlagName flag : FILE_FLAGS) {
            settings.add(FlagSetting.of(flag, row.flags().contains(flag.name())));
        }
        settings.add(row.disabilityKind() == null ? FlagSetting.of(FlagName.DISABILITY, false)
                : new FlagSetting(FlagName.DISABILITY, true, row.disabilityKind(), row.disabilityGrade()));
        return settings;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private record Prepared(StudentRecord row, PersonId id) {
    }

    private record Change(long rowNumber, long version, ResultWithEvents<Student> result) {
    }

    private static final class RowRejected extends RuntimeException {
        private final String field;

        RowRejected(String field, String reason) {
            super(reason, null, false, false);
            this.field = field;
        }
    }
}
