package org.eduaid.contracts;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eduaid.contracts.TopicSpec.Subscription;
import org.eduaid.contracts.enrollment.SchoolRegistered;

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
                            new Subscription("reporting-service", "reporting-school-figures"))));

    /**
     * The topics outside government systems publish to, one each, under their own Kafka principal
     * (the producer); no EduAid service may write them. Their payloads are agreed with each agency
     * and modelled when a service starts reading the topic: until then a topic has no events and
     * {@link TopicSpec#awaitsMessageSchemas()} says so.
     */
    public static final List<TopicSpec> INBOUND_TOPICS = List.of(
            inbound(Topics.INBOUND_POVERTY_REGISTRY, "poverty-registry",
                    "Household poverty registry (建档立卡) of the rural revitalisation bureau: registered-poor households and changes to them."),
            inbound(Topics.INBOUND_CIVIL_AFFAIRS, "civil-affairs",
                    "Civil-affairs assistance: households receiving 低保 or 特困 support, and orphans."),
            inbound(Topics.INBOUND_DISABILITY_CERTIFICATES, "disability-federation",
                    "Disability certificates (残疾人证) issued by the disabled persons' federation, with kind and grade."),
            inbound(Topics.INBOUND_POPULATION_REGISTRY, "population-registry",
                    "Population registry (户籍): births, moves in and out, and deaths."));

    private static final Map<Class<?>, TopicSpec> TOPIC_BY_EVENT = TOPICS.stream()
            .flatMap(topic -> topic.events().stream().map(event -> Map.entry(event, topic)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private static final Map<String, Class<?>> EVENT_BY_TYPE = TOPICS.stream()
            .flatMap(topic -> topic.events().stream())
            .collect(Collectors.toUnmodifiableMap(EventTypes::logicalTypeOf, Function.identity()));

    private EventCatalog() {
    }

    private static TopicSpec inbound(String topic, String system, String description) {
        return new TopicSpec(topic, system, description, List.of(), List.of());
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
