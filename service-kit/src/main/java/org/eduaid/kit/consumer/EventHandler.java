package org.eduaid.kit.consumer;

import java.util.List;

/**
 * Turns one event into the writes it causes. Handlers do not write themselves: the consumer stores
 * the writes of a whole batch together. Throw {@link InvalidEventException} for an event whose
 * content breaks the contract.
 */
@FunctionalInterface
public interface EventHandler<T> {

    List<ProjectionWrite> handle(InboundEvent<T> event);
}
