package org.eduaid.contracts;

import java.util.List;

/**
 * One topic: who writes it (a service, or the principal of an outside system for an inbound
 * topic), which consumer groups read it (service and group), and the events on it.
 */
public record TopicSpec(String name, String producer, String description, List<Class<?>> events,
        List<Subscription> subscriptions) {

    public TopicSpec {
        events = List.copyOf(events);
        subscriptions = List.copyOf(subscriptions);
    }

    /** Whether none of its events is modelled yet: an inbound topic whose payloads are still to be agreed. */
    public boolean awaitsMessageSchemas() {
        return events.isEmpty();
    }

    /** A consumer group of a service reading this topic. */
    public record Subscription(String service, String group) {
    }
}
