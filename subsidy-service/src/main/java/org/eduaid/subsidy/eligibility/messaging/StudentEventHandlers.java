package org.eduaid.subsidy.eligibility.messaging;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.UnaryOperator;

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
import org.eduaid.contracts.envelope.EventMetadata;
import org.eduaid.kit.consumer.BatchApplier;
import org.eduaid.kit.consumer.InboundEvent;
import org.eduaid.kit.consumer.InvalidEventException;
import org.eduaid.kit.consumer.Preparations;
import org.eduaid.kit.consumer.PreparedEvent;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.events.TraceContexts;
import org.eduaid.kit.regions.RegionDirectory;
import org.eduaid.kit.web.CorrelationIdFilter;
import org.eduaid.subsidy.catalogue.domain.HouseholdFlag;
import org.eduaid.subsidy.catalogue.domain.Stage;
import org.eduaid.subsidy.eligibility.application.EligibilityDecisions;
import org.eduaid.subsidy.eligibility.application.StudentEvent;
import org.eduaid.subsidy.eligibility.domain.LeftSchool;
import org.eduaid.subsidy.eligibility.domain.StudentEligibility;
import org.springframework.stereotype.Component;

/**
 * The batch consumer of {@code eduaid.enrollment.students} (group {@code subsidy-students}): each
 * record is checked and turned into its student's change, and the changes of a whole batch are
 * applied together by {@link EligibilityDecisions#applyAll} (the student's eligibility is an
 * aggregate with its own outbox, and the county's list is told after the writes). Blocking is fine:
 * it runs on the binder's consumer thread.
 *
 * <p>What breaks the contract goes to the dead-letter topic with the reason: no student id, a subject
 * that is not the student id, a county code that is no county.
 */
@Component
public class StudentEventHandlers {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final EligibilityDecisions decisions;
    private final RegionDirectory regions;
    private final TraceContexts traces;

    public StudentEventHandlers(EligibilityDecisions decisions, RegionDirectory regions, TraceContexts traces) {
        this.decisions = decisions;
        this.regions = regions;
        this.traces = traces;
    }

    /** Each record checked and turned into its student's change, in the record's trace. */
    public Preparations<StudentEvent> preparations() {
        return Preparations.<StudentEvent>builder()
                .on(StudentRegistered.class, event -> {
                    StudentRegistered s = event.data();
                    check(event, s.studentId(), "StudentRegistered");
                    county(s.householdCountyCode(), "householdCountyCode", true);
                    HouseholdFlags flags = s.flags();
                    return apply(event, student -> student.registered(event.sequence(), s.maskedName(),
                            s.maskedIdNumber(), s.householdCountyCode(), flagsOf(flags), gradeOf(flags)));
                })
                .on(StudentFlagsChanged.class, event -> {
                    StudentFlagsChanged s = event.data();
                    check(event, s.studentId(), "StudentFlagsChanged");
                    if (s.flags() == null) {
                        throw new InvalidEventException("StudentFlagsChanged without its flags");
                    }
                    return apply(event, student -> student.flagsChanged(event.sequence(), flagsOf(s.flags()),
                            gradeOf(s.flags())));
                })
                .on(StudentEnrolled.class, event -> {
                    StudentEnrolled s = event.data();
                    check(event, s.studentId(), "StudentEnrolled");
                    school(s.schoolCode(), "StudentEnrolled");
                    county(s.countyCode(), "countyCode", true);
                    return apply(event, student -> student.enrolled(event.sequence(), s.schoolCode(), s.countyCode(),
                            stageOf(s.stage()), s.grade(), s.boarding()));
                })
                .on(StudentPromoted.class, event -> {
                    StudentPromoted s = event.data();
                    check(event, s.studentId(), "StudentPromoted");
                    school(s.schoolCode(), "StudentPromoted");
                    county(s.countyCode(), "countyCode", true);
                    return apply(event, student -> student.promoted(event.sequence(), s.schoolCode(), s.countyCode(),
                            stageOf(s.stage()), s.grade()));
                })
                .on(StudentTransferred.class, event -> {
                    StudentTransferred s = event.data();
                    check(event, s.studentId(), "StudentTransferred");
                    school(s.toSchoolCode(), "StudentTransferred");
                    county(s.toCountyCode(), "toCountyCode", true);
                    county(s.fromCountyCode(), "fromCountyCode", false);
                    return apply(event, student -> student.enrolled(event.sequence(), s.toSchoolCode(),
                            s.toCountyCode(), stageOf(s.stage()), s.grade(), s.boarding()));
                })
                .on(StudentSuspended.class, event -> {
                    StudentSuspended s = event.data();
                    check(event, s.studentId(), "StudentSuspended");
                    county(s.countyCode(), "countyCode", false);
                    return apply(event, student -> student.suspended(event.sequence()));
                })
                .on(StudentResumed.class, event -> {
                    StudentResumed s = event.data();
                    check(event, s.studentId(), "StudentResumed");
                    county(s.countyCode(), "countyCode", false);
                    return apply(event, student -> student.resumed(event.sequence()));
                })
                .on(StudentWithdrawn.class, event -> {
                    StudentWithdrawn s = event.data();
                    check(event, s.studentId(), "StudentWithdrawn");
                    county(s.countyCode(), "countyCode", false);
                    return apply(event, student -> student.left(event.sequence(), LeftSchool.WITHDRAWN));
                })
                .on(StudentGraduated.class, event -> {
                    StudentGraduated s = event.data();
                    check(event, s.studentId(), "StudentGraduated");
                    county(s.countyCode(), "countyCode", false);
                    return apply(event, student -> student.left(event.sequence(), LeftSchool.GRADUATED));
                })
                .build();
    }

    /** The changes of a batch, applied together (see {@link EligibilityDecisions#applyAll}). */
    public BatchApplier<StudentEvent> applier() {
        return changes -> decisions.applyAll(changes.stream().map(PreparedEvent::change).toList()).block(TIMEOUT);
    }

    private StudentEvent apply(InboundEvent<?> event, UnaryOperator<StudentEligibility> change) {
        return new StudentEvent(event.subject(), event.sequence(), change, traceOf(event.metadata()));
    }

    private static void check(InboundEvent<?> event, String studentId, String type) {
        if (studentId == null || studentId.isBlank()) {
            throw new InvalidEventException(type + " without a studentId");
        }
        if (!studentId.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new InvalidEventException(type + " with a studentId that is not a student id");
        }
        if (!event.subject().equals(studentId)) {
            throw new InvalidEventException(type + " subject differs from its studentId");
        }
    }

    private static void school(String schoolCode, String type) {
        if (schoolCode == null || schoolCode.isBlank()) {
            throw new InvalidEventException(type + " without a schoolCode");
        }
    }

    private void county(String code, String field, boolean required) {
        if (code == null ? required : !regions.isCounty(code)) {
            throw new InvalidEventException(field + " is not a county code");
        }
    }

    private static Stage stageOf(String stage) {
        // an unknown stage is "other": it matches no programme
        return Stage.fromEvent(stage).orElse(null);
    }

    static Set<HouseholdFlag> flagsOf(HouseholdFlags flags) {
        Set<HouseholdFlag> set = EnumSet.noneOf(HouseholdFlag.class);
        if (flags == null) {
            return set;
        }
        if (flags.registeredPoor()) {
            set.add(HouseholdFlag.REGISTERED_POOR);
        }
        if (flags.dibao()) {
            set.add(HouseholdFlag.DIBAO);
        }
        if (flags.tekun()) {
            set.add(HouseholdFlag.TEKUN);
        }
        if (flags.orphan()) {
            set.add(HouseholdFlag.ORPHAN);
        }
        if (flags.disability() != null) {
            set.add(HouseholdFlag.DISABILITY);
        }
        if (flags.leftBehind()) {
            set.add(HouseholdFlag.LEFT_BEHIND);
        }
        if (flags.relocated()) {
            set.add(HouseholdFlag.RELOCATED);
        }
        return set;
    }

    private static Integer gradeOf(HouseholdFlags flags) {
        return flags == null || flags.disability() == null ? null : flags.disability().grade();
    }

    /** The record's correlation id and the trace its span continues, for the event it causes. */
    private TraceContext traceOf(EventMetadata metadata) {
        if (metadata.correlationId() == null || metadata.correlationId().isBlank()) {
            return traces.current().block(TIMEOUT);
        }
        return traces.current()
                .contextWrite(context -> context.put(CorrelationIdFilter.CONTEXT_KEY, metadata.correlationId()))
                .block(TIMEOUT);
    }
}
