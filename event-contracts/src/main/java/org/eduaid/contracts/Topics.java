package org.eduaid.contracts;

/**
 * Topic names. Each topic has exactly one writing service (see {@link EventCatalog}); the Kafka
 * key of every record is the aggregate id, so all events of one aggregate stay in order.
 */
public final class Topics {

    /** Schools registered and changed; written by enrollment-service. */
    public static final String ENROLLMENT_SCHOOLS = "eduaid.enrollment.schools";

    /** Students: registration, household flags and the enrolment lifecycle; written by enrollment-service. */
    public static final String ENROLLMENT_STUDENTS = "eduaid.enrollment.students";

    /** Out-of-school cases (控辍保学) and their workflow; written by enrollment-service. */
    public static final String ENROLLMENT_DROPOUT_CASES = "eduaid.enrollment.dropout-cases";

    /** The population roster of children counties compare enrolments against; written by enrollment-service. */
    public static final String ENROLLMENT_ROSTER = "eduaid.enrollment.roster";

    /** Aid programmes (资助项目) with their standards and eligibility rules; written by subsidy-service. */
    public static final String SUBSIDY_PROGRAMMES = "eduaid.subsidy.programmes";

    /** Each student's eligibility decisions; written by subsidy-service. */
    public static final String SUBSIDY_ELIGIBILITY = "eduaid.subsidy.eligibility";

    /** Aid applications and their review; written by subsidy-service. */
    public static final String SUBSIDY_APPLICATIONS = "eduaid.subsidy.applications";

    /** Public notices (公示) of approved aid and their objections; written by subsidy-service. */
    public static final String SUBSIDY_NOTICES = "eduaid.subsidy.notices";

    /** Aid payments and every later entry on them; written by subsidy-service. */
    public static final String SUBSIDY_PAYMENTS = "eduaid.subsidy.payments";

    /** Disbursement batches sealed and released; written by subsidy-service. */
    public static final String SUBSIDY_BATCHES = "eduaid.subsidy.batches";

    /** Aid budgets per county, programme and year; written by subsidy-service. */
    public static final String SUBSIDY_BUDGETS = "eduaid.subsidy.budgets";

    /** Teachers: registration with their career so far, postings, conversions and departures; written by teacher-service. */
    public static final String TEACHER_TEACHERS = "eduaid.teacher.teachers";

    /** Rotation plans (交流轮岗) and the exchanges in them; written by teacher-service. */
    public static final String TEACHER_EXCHANGES = "eduaid.teacher.exchanges";

    /** Rural teacher living allowance (乡村教师生活补助) payments; written by teacher-service. */
    public static final String TEACHER_ALLOWANCES = "eduaid.teacher.allowances";

    /** Honours for 20 and 30 years of rural teaching; written by teacher-service. */
    public static final String TEACHER_HONOURS = "eduaid.teacher.honours";

    /** Training courses completed (国培, 区培) and school pairings (结对帮扶); written by teacher-service. */
    public static final String TEACHER_TRAINING = "eduaid.teacher.training";

    /** Each school's staffing against the standard; written by teacher-service. */
    public static final String TEACHER_STAFFING = "eduaid.teacher.staffing";

    // Inbound topics: each written by one outside government system with its own Kafka principal.

    /** Household poverty registry (建档立卡): registered-poor households and their changes. */
    public static final String INBOUND_POVERTY_REGISTRY = "eduaid.inbound.poverty-registry";

    /** Civil-affairs assistance: 低保 and 特困 households, orphans. */
    public static final String INBOUND_CIVIL_AFFAIRS = "eduaid.inbound.civil-affairs";

    /** Disability certificates of the disabled persons' federation: kind and grade. */
    public static final String INBOUND_DISABILITY_CERTIFICATES = "eduaid.inbound.disability-certificates";

    /** Population registry: births, moves in and out, deaths. */
    public static final String INBOUND_POPULATION_REGISTRY = "eduaid.inbound.population-registry";

    private Topics() {
    }

    /** Dead-letter topic of one consumer group reading one topic. */
    public static String deadLetterTopic(String topic, String group) {
        return topic + "." + group + ".dlq";
    }
}
