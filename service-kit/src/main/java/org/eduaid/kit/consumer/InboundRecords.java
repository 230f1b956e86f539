package org.eduaid.kit.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eduaid.contracts.envelope.CloudEventHeaders;
import org.eduaid.contracts.envelope.EventMetadata;
import org.eduaid.kit.events.EventJson;
import org.eduaid.kit.web.CorrelationIdFilter;
import org.slf4j.MDC;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * What every consumer of the kit does with one record of a batch before its event is handled: read
 * and check the CloudEvents envelope, read the typed payload, and run the handling in the record's
 * trace with its correlation id in the MDC. Shared by {@link IdempotentEventConsumer} and
 * {@link BatchEventConsumer}, so both check exactly the same things and give the same reasons.
 */
final class InboundRecords {

    private final String name;
    private final EventJson json;
    private final RecordTracing tracing;

    InboundRecords(String name, EventJson json, RecordTracing tracing) {
        this.name = name;
        this.json = json;
        this.tracing = tracing;
    }

    /** One record of a batch: its headers, key and raw payload. */
    record RawRecord(Map<String, Object> headers, Object key, byte[] payload) {
    }

    /** The records of a batch, in order; fails when the binding is not in batch mode. */
    static List<RawRecord> recordsOf(Message<List<byte[]>> batch) {
        List<byte[]> payloads = batch.getPayload();
        List<Map<String, Object>> headers = headersOf(batch, payloads.size());
        List<?> keys = batch.getHeaders().get(KafkaHeaders.RECEIVED_KEY, List.class);
        return java.util.stream.IntStream.range(0, payloads.size())
                .mapToObj(index -> new RawRecord(headers.get(index), keys == null ? null : keys.get(index),
                        payloads.get(index)))
                .toList();
    }

    /**
     * Reads the record's envelope, finds its type among {@code payloadTypeOf}'s, reads its payload
     * and hands the event to {@code work} in the record's trace, with its correlation id in the MDC.
     *
     * @throws InvalidEventException when the envelope, the type or the payload breaks the contract
     */
    <R> R handle(RawRecord record, PayloadTypes payloadTypeOf, EventWork<R> work) {
        EventMetadata metadata = readEnvelope(record.headers(), record.key());
        Class<?> payloadType = payloadTypeOf.of(metadata.type());
        if (payloadType == null) {
            throw new InvalidEventException("unknown event type '" + metadata.type() + "'");
        }
        try (MDC.MDCCloseable correlation = MDC.putCloseable(CorrelationIdFilter.MDC_KEY,
                metadata.correlationId() == null ? "" : metadata.correlationId())) {
            return tracing.inTraceOf(record.headers(), name + " receive",
                    () -> work.on(new InboundEvent<>(metadata, readPayload(metadata, payloadType, record.payload()))));
        }
    }

    /** The payload class of a logical event type, or {@code null} for a type the consumer does not know. */
    @FunctionalInterface
    interface PayloadTypes {
        Class<?> of(String logicalType);
    }

    /** What is done with a record's event once read, in its trace. */
    @FunctionalInterface
    interface EventWork<R> {
        R on(InboundEvent<?> event);
    }

    private <T> T readPayload(EventMetadata metadata, Class<T> payloadType, byte[] payload) {
        if (payload == null || payload.length == 0) {
            throw new InvalidEventException("empty payload for " + metadata.type());
        }
        T data;
        try {
            data = json.read(payload, payloadType);
        } catch (JacksonException e) {
            throw new InvalidEventException("payload is not a valid " + metadata.type() + ": " + unreadablePart(e), e);
        }
        if (data == null) {
            throw new InvalidEventException("payload is null for " + metadata.type());
        }
        return data;
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

    static EventMetadata readEnvelope(Map<String, Object> headers, Object key) {
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
