package org.eduaid.kit.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eduaid.contracts.envelope.CloudEventHeaders;
import org.eduaid.contracts.envelope.EventMetadata;
import org.eduaid.kit.events.EventJson;
import org.eduaid.kit.web.CorrelationIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * The input function of one consumer group: reads a batch of records, hands each valid event to its
 * handler, and stores all the resulting writes in bulk. Idempotent because every write is
 * conditional on the event being newer than what the row already reflects.
 *
 * <p>A record that breaks the contract stops the batch at that record: the records before it are
 * stored, and it is reported as a {@link BatchListenerFailedException} so that the container's
 * error handler dead-letters it at once (with the reason) and carries on with the records after it.
 * A handler that fails on a record is blamed on that record the same way, but retried first. A
 * failing store write fails the whole batch, which is retried until the store is back.
 */
public final class IdempotentEventConsumer implements Consumer<Message<List<byte[]>>> {

    private static final Logger log = LoggerFactory.getLogger(IdempotentEventConsumer.class);

    private final EventHandlers handlers;
    private final ProjectionStore store;
    private final EventJson json;
    private final RecordTracing tracing;
    private final String name;
    private final Counter applied;
    private final Counter rejected;

    public IdempotentEventConsumer(String name, EventHandlers handlers, ProjectionStore store, EventJson json,
            RecordTracing tracing, MeterRegistry meters) {
        this.name = name;
        this.handlers = handlers;
        this.store = store;
        this.json = json;
        this.tracing = tracing;
        this.applied = Counter.builder("eduaid.consumer.events").tag("consumer", name).tag("outcome", "processed")
                .register(meters);
        this.rejected = Counter.builder("eduaid.consumer.events").tag("consumer", name).tag("outcome", "invalid")
                .register(meters);
    }

    @Override
    public void accept(Message<List<byte[]>> batch) {
        List<byte[]> payloads = batch.getPayload();
        log.debug("Received a batch of {} records", payloads.size());
        List<Map<String, Object>> headers = headersOf(batch, payloads.size());
        List<?> keys = batch.getHeaders().get(KafkaHeaders.RECEIVED_KEY, List.class);
        List<ProjectionWrite> writes = new ArrayList<>();
        for (int index = 0; index < payloads.size(); index++) {
            try {
                Object key = keys == null ? null : keys.get(index);
                writes.addAll(handle(headers.get(index), key, payloads.get(index)));
            } catch (InvalidEventException invalid) {
                store.apply(writes);
                applied.increment(index);
                rejected.increment();
                throw new BatchListenerFailedException(invalid.getMessage(), invalid, index);
            } catch (RuntimeException handlerFailure) {
                // blame this record alone: what came before it is kept, what follows is redelivered
                store.apply(writes);
                applied.increment(index);
                throw new BatchListenerFailedException(String.valueOf(handlerFailure.getMessage()), handlerFailure, index);
            }
        }
        store.apply(writes);
        applied.increment(payloads.size());
    }

    private List<ProjectionWrite> handle(Map<String, Object> headers, Object key, byte[] payload) {
        EventMetadata metadata = readEnvelope(headers, key);
        EventHandlers.Registration<?> registration = handlers.forType(metadata.type())
                .orElseThrow(() -> new InvalidEventException("unknown event type '" + metadata.type() + "'"));
        try (MDC.MDCCloseable correlation = MDC.putCloseable(CorrelationIdFilter.MDC_KEY,
                metadata.correlationId() == null ? "" : metadata.correlationId())) {
            return tracing.inTraceOf(headers, name + " receive", () -> dispatch(registration, metadata, payload));
        }
    }

    private <T> List<ProjectionWrite> dispatch(EventHandlers.Registration<T> registration, EventMetadata metadata,
            byte[] payload) {
        if (payload == null || payload.length == 0) {
            throw new InvalidEventException("empty payload for " + metadata.type());
        }
        T data;
        try {
            data = json.read(payload, registration.payloadType());
        } catch (JacksonException e) {
            throw new InvalidEventException("payload is not a valid " + metadata.type() + ": " + unreadablePart(e), e);
        }
        if (data == null) {
            throw new InvalidEventException("payload is null for " + metadata.type());
        }
        return registration.handler().handle(new InboundEvent<>(metadata, data));
    }

    /**
     * Where the payload could not be read, without Jackson's own message: that quotes the offending
     * token, which in an outside system's record may be an ID number or a name.
     */
    static String unreadablePart(JacksonException e) {
        String path = e.getPath().stream()
                .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String problem = e instanceof StreamReadException ? "not well-formed JSON" : "a value of the wrong type or shape";
        return path.isEmpty() ? problem : problem + " at '" + path + "'";
    }

    private static EventMetadata readEnvelope(Map<String, Object> headers, Object key) {
        String specVersion = HeaderValues.text(headers, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
            throw new InvalidEventException("not a CloudEvents 1.0 record (ce_specversion=" + specVersion + ")");
        }
        String id = required(headers, CloudEventHeaders.ID);
        String type = required(headers, CloudEventHeaders.TYPE);
        String source = required(headers, CloudEventHeaders.SOURCE);
        String subject = required(headers, CloudEventHeaders.SUBJECT);
        String keyText = key instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : key == null ? null : key.toString();
        if (keyText != null && !keyText.equals(subject)) {
            throw new InvalidEventException("record key does not match ce_subject");
        }
        long sequence;
        try {
            sequence = Long.parseLong(required(headers, CloudEventHeaders.SEQUENCE));
        } catch (NumberFormatException e) {
            throw new InvalidEventException("ce_sequence is not a whole number");
        }
        if (sequence < 1) {
            throw new InvalidEventException("ce_sequence must be 1 or more");
        }
        Instant time;
        try {
            time = Instant.parse(required(headers, CloudEventHeaders.TIME));
        } catch (DateTimeParseException e) {
            throw new InvalidEventException("ce_time is not an RFC 3339 timestamp");
        }
        return new EventMetadata(id, type, source, subject, sequence, time,
                HeaderValues.text(headers, CloudEventHeaders.CORRELATION_ID));
    }

    private static String required(Map<String, Object> headers, String name) {
        String value = HeaderValues.text(headers, name);
        if (value == null || value.isBlank()) {
            throw new InvalidEventException("missing header " + name);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> headersOf(Message<List<byte[]>> batch, int size) {
        List<Map<String, Object>> headers = batch.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS, List.class);
        if (headers == null || headers.size() != size) {
            throw new IllegalStateException("batch arrived without per-record headers; is the binding in batch mode?");
        }
        return headers;
    }
}
