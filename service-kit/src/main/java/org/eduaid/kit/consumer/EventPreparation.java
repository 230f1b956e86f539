package org.eduaid.kit.consumer;

/**
 * Turns one event into the change it asks for, without applying it: a {@link BatchEventConsumer}
 * applies the changes of a whole batch at once with its {@link BatchApplier}. Runs in the record's
 * trace, with its correlation id in the MDC, so what it captures of them belongs to the record.
 * Throw {@link InvalidEventException} for an event whose content breaks the contract.
 */
@FunctionalInterface
public interface EventPreparation<T, C> {

    C prepare(InboundEvent<T> event);
}
