package org.eduaid.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
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
        ProducerRecord<String, byte[]> record = org.eduaid.kit.events.CloudEventRecords.toRecord(event);
        // the raw stage writes to its own topic, with exactly the relay's record otherwise
        return new ProducerRecord<>(topic, null, record.timestamp(), record.key(), record.value(), record.headers());
    }

    /** Key, value and headers: the bytes a record puts on the wire before batching and compression. */
    static int sizeOf(ProducerRecord<String, byte[]> record) {
        int size = record.key().getBytes(StandardCharsets.UTF_8).length + record.value().length;
        for (Header header : record.headers()) {
            size += header.key().length() + header.value().length;
        }
        return size;
    }
}
