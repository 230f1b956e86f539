package org.eduaid.kit.consumer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eduaid.contracts.EventTypes;

/**
 * The events a {@link BatchEventConsumer} understands, by logical type, each with its payload class
 * and the {@link EventPreparation} that turns it into a change of type {@code C}.
 */
public final class Preparations<C> {

    private final Map<String, Registration<?, C>> byType;

    private Preparations(Map<String, Registration<?, C>> byType) {
        this.byType = Map.copyOf(byType);
    }

    public static <C> Builder<C> builder() {
        return new Builder<>();
    }

    Optional<Registration<?, C>> forType(String logicalType) {
        return Optional.ofNullable(byType.get(logicalType));
    }

    record Registration<T, C>(Class<T> payloadType, EventPreparation<T, ? extends C> preparation) {

        @SuppressWarnings("unchecked")
        C prepare(InboundEvent<?> event) {
            return preparation.prepare((InboundEvent<T>) event);
        }
    }

    public static final class Builder<C> {

        private final Map<String, Registration<?, C>> byType = new LinkedHashMap<>();

        public <T> Builder<C> on(Class<T> eventClass, EventPreparation<T, ? extends C> preparation) {
            byType.put(EventTypes.logicalTypeOf(eventClass), new Registration<>(eventClass, preparation));
            return this;
        }

        public Preparations<C> build() {
            return new Preparations<>(byType);
        }
    }
}
