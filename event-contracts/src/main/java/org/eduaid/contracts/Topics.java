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
