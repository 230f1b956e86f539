package org.eduaid.kit.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.eduaid.kit.events.EventJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.messaging.Message;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The input function of one consumer group whose events are applied a batch at a time: each record
 * is read and checked as by {@link IdempotentEventConsumer} (same envelope checks, reasons, trace,
 * correlation id and metrics), turned into a change by its {@link EventPreparation}, and the changes
 * of the whole batch are handed to one {@link BatchApplier} call.
 *
 * <p>Failures, record by record as the existing consumer reports them:
 * <ul>
 * <li>Records are prepared in order. At the first record that cannot be read or is invalid (index
 * {@code i}), the changes prepared before it are applied, then {@code BatchListenerFailedException(i)}
 * sends it to the dead-letter topic with its reason at once, and the records after it are redelivered.
 * A preparation that fails otherwise is blamed on its record the same way, but retried first.</li>
 * <li>When the applier fails for a batch, no innocent record is blamed: the changes are applied again
 * one at a time, and the first that fails alone is blamed ({@code BatchListenerFailedException} with
 * its index, retried then dead-lettered), the ones before it having been applied.</li>
 * <li>An outage of the store ({@link #isOutage}) is blamed on no record: the exception goes to the
 * container as it is, and the whole batch is retried until the store is back.</li>
 * </ul>
 */
public final class BatchEventConsumer<C> implements Consumer<Message<List<byte[]>>> {

    private static final Logger log = LoggerFactory.getLogger(BatchEventConsumer.class);

    private final Preparations<C> preparations;
    private final BatchApplier<C> applier;
    private final InboundRecords reader;
    private final Counter applied;
    private final Counter rejected;

    public BatchEventConsumer(String name, Preparations<C> preparations, BatchApplier<C> applier, EventJson json,
            RecordTracing tracing, MeterRegistry meters) {
        this.preparations = preparations;
        this.applier = applier;
        this.reader = new InboundRecords(name, json, tracing);
        this.applied = Counter.builder("eduaid.consumer.events").tag("consumer", name).tag("outcome", "processed")
                .register(meters);
        this.rejected = Counter.builder("eduaid.consumer.events").tag("consumer", name).tag("outcome", "invalid")
                .register(meters);
    }

    @Override
    public void accept(Message<List<byte[]>> batch) {
        List<InboundRecords.RawRecord> records = InboundRecords.recordsOf(batch);
        log.debug("Received a batch of {} records", records.size());
        List<PreparedEvent<C>> prepared = new ArrayList<>(records.size());
        for (int index = 0; index < records.size(); index++) {
            try {
                prepared.add(prepare(records.get(index)));
            } catch (InvalidEventException invalid) {
                apply(prepared);
                rejected.increment();
                throw new BatchListenerFailedException(invalid.getMessage(), invalid, index);
            } catch (RuntimeException preparationFailure) {
                apply(prepared);
                throw new BatchListenerFailedException(String.valueOf(preparationFailure.getMessage()),
                        preparationFailure, index);
            }
        }
        apply(prepared);
    }

    private PreparedEvent<C> prepare(InboundRecords.RawRecord record) {
        return reader.handle(record,
                type -> preparations.forType(type).map(Preparations.Registration::payloadType).orElse(null),
                event -> new PreparedEvent<>(event.metadata(),
                        preparations.forType(event.metadata().type()).orElseThrow().prepare(event)));
    }

    /** Applies the changes of records 0..n-1 of the batch, or blames the one that fails. */
    private void apply(List<PreparedEvent<C>> prepared) {
        if (prepared.isEmpty()) {
            return;
        }
        try {
            applier.apply(List.copyOf(prepared));
            applied.increment(prepared.size());
            return;
        } catch (RuntimeException batchFailure) {
            if (isOutage(batchFailure)) {
                throw batchFailure;
            }
            if (prepared.size() > 1) {
                log.warn("Applying a batch of {} records failed ({}); applying them one by one to find the cause",
                        prepared.size(), batchFailure.toString());
            } else {
                throw blame(batchFailure, 0);
            }
        }
        for (int index = 0; index < prepared.size(); index++) {
            try {
                applier.apply(List.of(prepared.get(index)));
                applied.increment();
            } catch (RuntimeException recordFailure) {
                if (isOutage(recordFailure)) {
                    throw recordFailure;
                }
                throw blame(recordFailure, index);
            }
        }
        // each applied alone: the batch's failure was not any one record's (a conflict that cleared)
    }

    private static BatchListenerFailedException blame(RuntimeException failure, int index) {
        return new BatchListenerFailedException(String.valueOf(failure.getMessage()), failure, index);
    }

    /**
     * Whether a failure is the store's being unreachable rather than anything about the records: no
     * record is then blamed (and dead-lettered), the batch is retried until the store is back.
     */
    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MongoSocketException || cause instanceof MongoTimeoutException
                    || cause instanceof DataAccessResourceFailureException || cause instanceof TimeoutException
                    || cause instanceof IllegalStateException && cause.getMessage() != null
                            && cause.getMessage().startsWith("Timeout on blocking read")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
