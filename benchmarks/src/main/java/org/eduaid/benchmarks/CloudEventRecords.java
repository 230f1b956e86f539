package org.eduaid.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eduaid.contracts.envelope.CloudEventHeaders;
import org.eduaid.contracts.envelope.EventMetadata;
import org.eduaid.kit.events.EventEnveloper;
import org.eduaid.kit.events.EventJson;
import org.eduaid.kit.events.OutboundEvent;
import org.eduaid.kit.events.TraceContext;

/**
 * The records the outbox relay would send for a school's registration: enveloped by the kit, the
 * JSON payload as value, the subject as key and the CloudEvents attributes as headers. The raw
 * producer stage sends these, so that it moves the same bytes as the hop.
 */
final class CloudEventRecords {

    private final EventEnveloper enveloper = new EventEnveloper("enrollment-service", new EventJson(),
            Clock.systemUTC());
    private final TraceContext trace = TraceContext.fresh();

    ProducerRecord<String, byte[]> registration(String topic, School school) {
        OutboundEvent event = enveloper.envelope(school.code(), 0, List.of(school.registered()), trace).get(0);
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
        return new ProducerRecord<>(topic, null, m.occurredAt().toEpochMilli(), m.subject(),
                event.payload().getBytes(StandardCharsets.UTF_8), headers);
    }

    /** Key, value and headers: the bytes a record puts on the wire before batching and compression. */
    static int sizeOf(ProducerRecord<String, byte[]> record) {
        int size = record.key().getBytes(StandardCharsets.UTF_8).length + record.value().length;
        for (Header header : record.headers()) {
            size += header.key().length() + header.value().length;
        }
        return size;
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
