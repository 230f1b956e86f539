package org.eduaid.kit.consumer;

import java.util.List;

/**
 * Applies the prepared changes of many records at once, in record order (blocking: it runs on the
 * binder's consumer thread). Must be idempotent, as records are redelivered after a failure: a
 * change already applied must change nothing when applied again.
 *
 * <p>Throw for a failure: the {@link BatchEventConsumer} then applies the same changes one at a time
 * (each as a list of one) to find the record to blame. A failure of the store itself (see
 * {@link BatchEventConsumer#isOutage}) is blamed on no record: the whole batch is retried until it clears.
 */
@FunctionalInterface
public interface BatchApplier<C> {

    void apply(List<PreparedEvent<C>> changes);
}
