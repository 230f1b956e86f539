package org.eduaid.benchmarks.hop;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * Hands each batch to the kit's consumer and, once its bulk write has returned, tells the probe
 * which events are now in the projection. A batch the kit fails is not reported: it is redelivered
 * and reported when it succeeds.
 */
record MeasuredConsumer(Consumer<Message<List<byte[]>>> kitConsumer, HopProbe probe)
        implements Consumer<Message<List<byte[]>>> {

    @Override
    public void accept(Message<List<byte[]>> batch) {
        long started = System.nanoTime();
        kitConsumer.accept(batch);
        long storedAtMillis = System.currentTimeMillis();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> headers = batch.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS, List.class);
        probe.batchStored(headers, storedAtMillis, System.nanoTime() - started);
    }
}
