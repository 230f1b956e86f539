package org.eduaid.subsidy.disbursement.application;

import java.util.Collection;
import java.util.List;

import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.subsidy.disbursement.domain.DisbursementBatch;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Batches in {@code aid_batches} with their outbox, and the chunks listing a regular batch's payment
 * ids in {@code aid_batch_items} (one document of up to a thousand ids per chunk, so a batch of any
 * size is read and written in bounded pieces).
 */
public interface BatchRepository {

    Mono<VersionedBatch> find(String batchId);

    Flux<VersionedBatch> findAll(Collection<String> batchIds);

    /** Stores a new batch; an existing one with the same id is returned instead, unchanged. */
    Mono<VersionedBatch> addOrGet(DisbursementBatch batch, TraceContext trace);

    Mono<Long> update(ResultWithEvents<DisbursementBatch> changed, long expectedVersion, TraceContext trace);

    /** Writes (or rewrites) chunk {@code chunk} of the batch's payment ids. */
    Mono<Void> writeItems(String batchId, int chunk, List<String> paymentIds);

    /** The payment ids of chunks 0 .. chunks-1, chunk by chunk, in order. */
    Flux<List<String>> items(String batchId, int chunks);
}
