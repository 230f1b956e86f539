package org.eduaid.contracts;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eduaid.contracts.TopicSpec.Subscription;
import org.eduaid.contracts.enrollment.SchoolRegistered;

/**
 * Every topic, its single producer, its consumer groups and its events. The AsyncAPI document is
 * generated from this list, and tests hold each service's bindings to it.
 */
public final class EventCatalog {

    public static final List<TopicSpec> TOPICS = List.of(
            new TopicSpec(Topics.ENROLLMENT_SCHOOLS, "enrollment-service",
                    "Schools in the registry: each school's full registered state, keyed by its 10-digit school code.",
                    List.of(SchoolRegistered.class),
                    List.of(new Subscription("subsidy-service", "subsidy-school-directory"),
                            new Subscription("teacher-service", "teacher-school-directory"),
                            new Subscription("reporting-service", "reporting-school-figures"))));

    private static final Map<Class<?>, TopicSpec> TOPIC_BY_EVENT = TOPICS.stream()
            .flatMap(topic -> topic.events().stream().map(event -> Map.entry(event, topic)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private static final Map<String, Class<?>> EVENT_BY_TYPE = TOPICS.stream()
            .flatMap(topic -> topic.events().stream())
            .collect(Collectors.toUnmodifiableMap(EventTypes::logicalTypeOf, Function.identity()));

    private EventCatalog() {
    }

    /** The topic an event is published on; an event outside the catalogue is a programming error. */
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
