package org.eduaid.contracts;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eduaid.contracts.TopicSpec.Subscription;
import org.eduaid.contracts.enrollment.DropoutCaseClosed;
import org.eduaid.contracts.enrollment.DropoutCaseDeferred;
import org.eduaid.contracts.enrollment.DropoutCaseEscalated;
import org.eduaid.contracts.enrollment.DropoutCaseOpened;
import org.eduaid.contracts.enrollment.DropoutCasePersuasionStarted;
import org.eduaid.contracts.enrollment.DropoutCasePlaced;
import org.eduaid.contracts.enrollment.DropoutCaseReturned;
import org.eduaid.contracts.enrollment.DropoutCaseVerified;
import org.eduaid.contracts.enrollment.RosterChildRecorded;
import org.eduaid.contracts.enrollment.RosterChildRemoved;
import org.eduaid.contracts.enrollment.SchoolRegistered;
import org.eduaid.contracts.enrollment.StudentEnrolled;
import org.eduaid.contracts.enrollment.StudentFlagsChanged;
import org.eduaid.contracts.enrollment.StudentGraduated;
import org.eduaid.contracts.enrollment.StudentPromoted;
import org.eduaid.contracts.enrollment.StudentRegistered;
import org.eduaid.contracts.enrollment.StudentResumed;
import org.eduaid.contracts.enrollment.StudentSuspended;
import org.eduaid.contracts.enrollment.StudentTransferred;
import org.eduaid.contracts.enrollment.StudentWithdrawn;
import org.eduaid.contracts.inbound.AssistanceStatusChanged;
import org.eduaid.contracts.inbound.BirthRegistered;
import org.eduaid.contracts.inbound.DisabilityCertificateChanged;
import org.eduaid.contracts.inbound.PovertyStatusChanged;
import org.eduaid.contracts.inbound.ResidentDied;
import org.eduaid.contracts.inbound.ResidentMovedIn;
import org.eduaid.contracts.inbound.ResidentMovedOut;
import org.eduaid.contracts.subsidy.AidApplicationApproved;
import org.eduaid.contracts.subsidy.AidApplicationRejected;
import org.eduaid.contracts.subsidy.AidApplicationMoved;
import org.eduaid.contracts.subsidy.AidApplicationReviewed;
import org.eduaid.contracts.subsidy.AidApplicationSubmitted;
import org.eduaid.contracts.subsidy.AidApplicationWithdrawn;
import org.eduaid.contracts.subsidy.AidBudgetAllocated;
import org.eduaid.contracts.subsidy.AidNoticeClosed;
import org.eduaid.contracts.subsidy.AidNoticeObjectionRecorded;
import org.eduaid.contracts.subsidy.AidNoticeObjectionResolved;
import org.eduaid.contracts.subsidy.AidNoticePublished;
import org.eduaid.contracts.subsidy.AidPaymentApproved;
import org.eduaid.contracts.subsidy.AidPaymentDisbursed;
import org.eduaid.contracts.subsidy.AidPaymentFailed;
import org.eduaid.contracts.subsidy.AidPaymentRecovered;
import org.eduaid.contracts.subsidy.AidPaymentResubmitted;
import org.eduaid.contracts.subsidy.AidPaymentReturned;
import org.eduaid.contracts.subsidy.AidPaymentStopped;
import org.eduaid.contracts.subsidy.AidProgrammeDefined;
import org.eduaid.contracts.subsidy.DisbursementBatchReleased;
import org.eduaid.contracts.subsidy.DisbursementBatchSealed;
import org.eduaid.contracts.subsidy.EligibilityDecided;
import org.eduaid.contracts.teacher.RotationPlanApproved;
import org.eduaid.contracts.teacher.RuralAllowanceApproved;
import org.eduaid.contracts.teacher.RuralAllowanceDisbursed;
import org.eduaid.contracts.teacher.RuralAllowanceFailed;
import org.eduaid.contracts.teacher.RuralAllowanceResubmitted;
import org.eduaid.contracts.teacher.RuralTeachingHonourAwarded;
import org.eduaid.contracts.teacher.SchoolPairingFormed;
import org.eduaid.contracts.teacher.StaffingShortfallChanged;
import org.eduaid.contracts.teacher.TeacherAssigned;
import org.eduaid.contracts.teacher.TeacherDeparted;
import org.eduaid.contracts.teacher.TeacherExchangeApproved;
import org.eduaid.contracts.teacher.TeacherExchangeCancelled;
import org.eduaid.contracts.teacher.TeacherExchangeEnded;
import org.eduaid.contracts.teacher.TeacherExchangeStarted;
import org.eduaid.contracts.teacher.TeacherPostConverted;
import org.eduaid.contracts.teacher.TeacherRegistered;
import org.eduaid.contracts.teacher.TrainingRecorded;

/**
 * Every topic, its single producer, its consumer groups and its events. The AsyncAPI document and
 * the Kafka access policy are generated from these lists, and tests hold each service's bindings to them.
 */
public final class EventCatalog {

    /** The topics EduAid services write, each through its one producer's outbox. */
    public static final List<TopicSpec> TOPICS = List.of(
            new TopicSpec(Topics.ENROLLMENT_SCHOOLS, "enrollment-service",
                    "Schools in the registry: each school's full registered state, keyed by its 10-digit school code.",
                    List.of(SchoolRegistered.class),
                    List.of(new Subscription("subsidy-service", "subsidy-school-directory"),
                            new Subscription("teacher-service", "teacher-school-directory"),
                            new Subscription("reporting-service", "reporting-school-figures"))),
            new TopicSpec(Topics.ENROLLMENT_STUDENTS, "enrollment-service",
                    "Students: registration (with a masked ID number), household flags and every step of the enrolment lifecycle, keyed by student id.",
                    List.of(StudentRegistered.class, StudentFlagsChanged.class, StudentEnrolled.class,
                            StudentPromoted.class, StudentTransferred.class, StudentSuspended.class,
                            StudentResumed.class, StudentWithdrawn.class, StudentGraduated.class),
                    List.of(new Subscription("subsidy-service", "subsidy-students"),
                            new Subscription("teacher-service", "teacher-school-enrolment"))),
            new TopicSpec(Topics.ENROLLMENT_DROPOUT_CASES, "enrollment-service",
                    "Out-of-school cases (控辍保学): opened, verified by a household visit, persuaded back, returned or placed, deferred, closed and escalated, keyed by case id.",
                    List.of(DropoutCaseOpened.class, DropoutCaseVerified.class, DropoutCasePersuasionStarted.class,
                            DropoutCaseReturned.class, DropoutCasePlaced.class, DropoutCaseDeferred.class,
                            DropoutCaseClosed.class, DropoutCaseEscalated.class),
                    List.of()),
            new TopicSpec(Topics.ENROLLMENT_ROSTER, "enrollment-service",
                    "The population roster of children per county (from the population registry and imports), keyed by child id.",
                    List.of(RosterChildRecorded.class, RosterChildRemoved.class),
                    List.of()),
            new TopicSpec(Topics.SUBSIDY_PROGRAMMES, "subsidy-service",
                    "Aid programmes (资助项目): each programme's standards, funding shares and validity as they stand, keyed by programme code.",
                    List.of(AidProgrammeDefined.class), List.of()),
            new TopicSpec(Topics.SUBSIDY_ELIGIBILITY, "subsidy-service",
                    "Each student's eligibility for every programme, published when a decision changes, keyed by student id.",
                    List.of(EligibilityDecided.class), List.of()),
            new TopicSpec(Topics.SUBSIDY_APPLICATIONS, "subsidy-service",
                    "Aid applications (automatic or from schools), their county review and the outcome of their notice, keyed by application id.",
                    List.of(AidApplicationSubmitted.class, AidApplicationReviewed.class, AidApplicationApproved.class,
                            AidApplicationRejected.class, AidApplicationWithdrawn.class, AidApplicationMoved.class),
                    List.of()),
            new TopicSpec(Topics.SUBSIDY_NOTICES, "subsidy-service",
                    "Public notices (公示) of aid: published, objections recorded and resolved, closed; keyed by notice id.",
                    List.of(AidNoticePublished.class, AidNoticeObjectionRecorded.class,
                            AidNoticeObjectionResolved.class, AidNoticeClosed.class),
                    List.of()),
            new TopicSpec(Topics.SUBSIDY_PAYMENTS, "subsidy-service",
                    "Aid payments, one per student, programme and term: approved, disbursed, failed, returned, resubmitted, stopped and recovered; keyed by payment id.",
                    List.of(AidPaymentApproved.class, AidPaymentDisbursed.class, AidPaymentFailed.class,
                            AidPaymentReturned.class, AidPaymentResubmitted.class, AidPaymentStopped.class,
                            AidPaymentRecovered.class),
                    List.of()),
            new TopicSpec(Topics.SUBSIDY_BATCHES, "subsidy-service",
                    "Disbursement batches per county, programme and term: sealed and released to the bank; keyed by batch id.",
                    List.of(DisbursementBatchSealed.class, DisbursementBatchReleased.class), List.of()),
            new TopicSpec(Topics.SUBSIDY_BUDGETS, "subsidy-service",
                    "Aid budgets per county, programme and year with their funding shares, keyed by budget id.",
                    List.of(AidBudgetAllocated.class), List.of()),
            new TopicSpec(Topics.TEACHER_TEACHERS, "teacher-service",
                    "Teachers: registration with their career so far (masked name and ID number), postings to schools, conversions of fixed-term posts and departures; keyed by teacher id.",
                    List.of(TeacherRegistered.class, TeacherAssigned.class, TeacherPostConverted.class,
                            TeacherDeparted.class),
                    List.of()),
            new TopicSpec(Topics.TEACHER_EXCHANGES, "teacher-service",
                    "Exchange and rotation (交流轮岗): county plans approved (keyed by plan id) and each exchange approved, started, ended (early, when cut short) or cancelled (keyed by exchange id).",
                    List.of(RotationPlanApproved.class, TeacherExchangeApproved.class, TeacherExchangeStarted.class,
                            TeacherExchangeEnded.class, TeacherExchangeCancelled.class),
                    List.of()),
            new TopicSpec(Topics.TEACHER_ALLOWANCES, "teacher-service",
                    "Rural teacher living allowance (乡村教师生活补助), one payment per teacher and month: approved on a payroll, disbursed, failed and resubmitted; keyed by payment id.",
                    List.of(RuralAllowanceApproved.class, RuralAllowanceDisbursed.class, RuralAllowanceFailed.class,
                            RuralAllowanceResubmitted.class),
                    List.of()),
            new TopicSpec(Topics.TEACHER_HONOURS, "teacher-service",
                    "Certificates for 20 and 30 years of rural teaching, each awarded once; keyed by certificate id.",
                    List.of(RuralTeachingHonourAwarded.class), List.of()),
            new TopicSpec(Topics.TEACHER_TRAINING, "teacher-service",
                    "Training courses teachers completed (国培计划, 区培计划), keyed by record id, and urban-rural school pairings (结对帮扶), keyed by pairing id.",
                    List.of(TrainingRecorded.class, SchoolPairingFormed.class), List.of()),
            new TopicSpec(Topics.TEACHER_STAFFING, "teacher-service",
                    "Each school's staffing against the standard ratio: students, teachers required and present, shortfall; keyed by school code.",
                    List.of(StaffingShortfallChanged.class), List.of()));

    /**
     * The topics outside government systems publish to, one each, under their own Kafka principal
     * (the producer); no EduAid service may write them. Unlike EduAid's own events their payloads
     * carry resident ID numbers, since that is how the agencies identify people: enrollment-service
     * turns them into its pseudonymous ids on arrival.
     */
    public static final List<TopicSpec> INBOUND_TOPICS = List.of(
            inbound(Topics.INBOUND_POVERTY_REGISTRY, "poverty-registry",
                    "Household poverty registry (建档立卡) of the rural revitalisation bureau: registered-poor households and changes to them.",
                    List.of(PovertyStatusChanged.class), "enrollment-poverty-flags"),
            inbound(Topics.INBOUND_CIVIL_AFFAIRS, "civil-affairs",
                    "Civil-affairs assistance: households receiving 低保 or 特困 support, and orphans.",
                    List.of(AssistanceStatusChanged.class), "enrollment-assistance-flags"),
            inbound(Topics.INBOUND_DISABILITY_CERTIFICATES, "disability-federation",
                    "Disability certificates (残疾人证) issued by the disabled persons' federation, with kind and grade.",
                    List.of(DisabilityCertificateChanged.class), "enrollment-disability-flags"),
            inbound(Topics.INBOUND_POPULATION_REGISTRY, "population-registry",
                    "Population registry (户籍): births, moves in and out, and deaths.",
                    List.of(BirthRegistered.class, ResidentMovedIn.class, ResidentMovedOut.class, ResidentDied.class),
                    "enrollment-population-roster"));

    private static final Map<Class<?>, TopicSpec> TOPIC_BY_EVENT = TOPICS.stream()
            .flatMap(topic -> topic.events().stream().map(event -> Map.entry(event, topic)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private static final Map<String, Class<?>> EVENT_BY_TYPE = TOPICS.stream()
            .flatMap(topic -> topic.events().stream())
            .collect(Collectors.toUnmodifiableMap(EventTypes::logicalTypeOf, Function.identity()));

    private EventCatalog() {
    }

    private static TopicSpec inbound(String topic, String system, String description, List<Class<?>> events,
            String enrollmentGroup) {
        return new TopicSpec(topic, system, description, events,
                List.of(new Subscription("enrollment-service", enrollmentGroup)));
    }

    /** The topic a service publishes an event on; an event outside the catalogue is a programming error. */
    public static TopicSpec topicOf(Class<?> eventClass) {
        TopicSpec topic = TOPIC_BY_EVENT.get(eventClass);
        if (topic == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not in the event catalogue");
        }
        return topic;
    }

    public static Map<String, Class<?>> eventsByLogicalType() {
        return EVENT_BY_TYPE;
    }
}
