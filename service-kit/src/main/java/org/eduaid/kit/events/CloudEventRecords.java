package org.eduaid.kit.events;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eduaid.contracts.envelope.CloudEventHeaders;
import org.eduaid.contracts.envelope.EventMetadata;

/**
 * An event as a Kafka record in CloudEvents binary mode: JSON data as the value, the envelope as
 * {@code ce_} headers, the aggregate id as the key and the occurred-at time as the record timestamp.
 */
public final class CloudEventRecords {

    private CloudEventRecords() {
    }

    public static ProducerRecord<String, byte[]> toRecord(OutboundEvent event) {
        EventMetadata m = event.metadata();
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, m.id());
        header(headers, CloudEventHeaders.SOURCE, m.source());
        header(headers, CloudEventHeaders.TYPE, m.type());
        header(headers, CloudEventHeaders.SUBJECT, m.subject());
        header(headers, CloudEventHeaders.TIME, m.occurredAt().toString());
        header(headers, CloudEventHeaders.DATA_CONTENT_TYPE, CloudEventHeaders.JSON);
        header(headers, CloudEventHeaders.SEQUENCE, Long.toString(m.sequence()));
        header(headers, CloudEventHeaders.CORRELATION_ID, m.correlationId());
        header(headers, CloudEventHeaders.TRACEPARENT, event.traceparent());
        return new ProducerRecord<>(event.topic(), null, m.occurredAt().toEpochMilli(), m.subject(),
                event.payload().getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
