package org.eduaid.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eduaid.contracts.EventTypes;
import org.eduaid.contracts.envelope.CloudEventHeaders;

/**
 * Builds a Kafka record the way a producer of the platform writes it (CloudEvents binary mode),
 * and lets a test break any part of it: drop a header, change the type, send garbage.
 */
public final class CloudEventRecord {

    private final Map<String, String> headers = new LinkedHashMap<>();
    private String key;
    private byte[] value;

    private CloudEventRecord() {
    }

    /** A valid record for an event record of the catalogue, with the payload given as JSON. */
    public static CloudEventRecord of(Class<?> eventClass, String subject, long sequence, String json) {
        CloudEventRecord record = new CloudEventRecord();
        record.key = subject;
        record.value = json.getBytes(StandardCharsets.UTF_8);
        record.headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        record.headers.put(CloudEventHeaders.ID, UUID.randomUUID().toString());
        record.headers.put(CloudEventHeaders.SOURCE, "test");
        record.headers.put(CloudEventHeaders.TYPE, EventTypes.logicalTypeOf(eventClass));
        record.headers.put(CloudEventHeaders.SUBJECT, subject);
        record.headers.put(CloudEventHeaders.TIME, Instant.now().toString());
        record.headers.put(CloudEventHeaders.DATA_CONTENT_TYPE, CloudEventHeaders.JSON);
        record.headers.put(CloudEventHeaders.SEQUENCE, Long.toString(sequence));
        record.headers.put(CloudEventHeaders.CORRELATION_ID, UUID.randomUUID().toString());
        return record;
    }

    public CloudEventRecord header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public CloudEventRecord withoutHeader(String name) {
        headers.remove(name);
        return this;
    }

    public CloudEventRecord type(String logicalType) {
        return header(CloudEventHeaders.TYPE, logicalType);
    }

    public CloudEventRecord eventId(String id) {
        return header(CloudEventHeaders.ID, id);
    }

    public CloudEventRecord payload(String raw) {
        this.value = raw.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    public String eventId() {
        return headers.get(CloudEventHeaders.ID);
    }

    public ProducerRecord<String, byte[]> toRecord(String topic) {
        return toRecord(topic, null);
    }

    /** On a given partition, so a test can rely on the order of records about different subjects. */
    public ProducerRecord<String, byte[]> toRecord(String topic, Integer partition) {
        RecordHeaders recordHeaders = new RecordHeaders();
        headers.forEach((name, text) -> recordHeaders.add(name, text.getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>(topic, partition, key, value, recordHeaders);
    }
}
