package org.eduaid.contracts;

/**
 * Topic names. Each topic has exactly one writing service (see {@link EventCatalog}); the Kafka
 * key of every record is the aggregate id, so all events of one aggregate stay in order.
 */
public final class Topics {

    /** Schools registered and changed; written by enrollment-service. */
    public static final String ENROLLMENT_SCHOOLS = "eduaid.enrollment.schools";

    private Topics() {
    }

    /** Dead-letter topic of one consumer group reading one topic. */
    public static String deadLetterTopic(String topic, String group) {
        return topic + "." + group + ".dlq";
    }
}
