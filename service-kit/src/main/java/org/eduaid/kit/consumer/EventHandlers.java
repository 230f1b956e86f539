package org.eduaid.kit.consumer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eduaid.contracts.EventTypes;

/** The events one consumer understands, by logical type, each with its payload class and handler. */
public final class EventHandlers {

    private final Map<String, Registration<?>> byType;

    private EventHandlers(Map<String, Registration<?>> byType) {
        this.byType = Map.copyOf(byType);
    }

    public static Builder builder() {
        return new Builder();
    }

    Optional<Registration<?>> forType(String logicalType) {
        return Optional.ofNullable(byType.get(logicalType));
    }

    record Registration<T>(Class<T> payloadType, EventHandler<T> handler) {
    }

    public static final class Builder {

        private final Map<String, Registration<?>> byType = new LinkedHashMap<>();

        public <T> Builder on(Class<T> eventClass, EventHandler<T> handler) {
            byType.put(EventTypes.logicalTypeOf(eventClass), new Registration<>(eventClass, handler));
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(byType);
        }
    }
}
