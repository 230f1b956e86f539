package org.eduaid.systemtests.asyncapi;

import static org.eduaid.contracts.envelope.CloudEventHeaders.CORRELATION_ID;
import static org.eduaid.contracts.envelope.CloudEventHeaders.DATA_CONTENT_TYPE;
import static org.eduaid.contracts.envelope.CloudEventHeaders.ID;
import static org.eduaid.contracts.envelope.CloudEventHeaders.JSON;
import static org.eduaid.contracts.envelope.CloudEventHeaders.SEQUENCE;
import static org.eduaid.contracts.envelope.CloudEventHeaders.SOURCE;
import static org.eduaid.contracts.envelope.CloudEventHeaders.SPEC_VERSION;
import static org.eduaid.contracts.envelope.CloudEventHeaders.SPEC_VERSION_1_0;
import static org.eduaid.contracts.envelope.CloudEventHeaders.SUBJECT;
import static org.eduaid.contracts.envelope.CloudEventHeaders.TIME;
import static org.eduaid.contracts.envelope.CloudEventHeaders.TRACEPARENT;
import static org.eduaid.contracts.envelope.CloudEventHeaders.TYPE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every record carries besides its payload: the CloudEvents attributes as Kafka headers
 * (binary content mode), and on a dead-letter topic the reason the record was set aside.
 */
final class EnvelopeSchemas {

    /** Added by the kit's DeadLetterErrorHandling. */
    static final String DEAD_LETTER_REASON = "eduaid_dlq_reason";

    private EnvelopeSchemas() {
    }

    /** Required are the headers a consumer rejects a record without. */
    static Map<String, Object> cloudEventHeaders() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(SPEC_VERSION, constant(SPEC_VERSION_1_0, "CloudEvents version."));
        properties.put(ID, text("Unique id of the event."));
        properties.put(SOURCE, text("The producing service (its spring.application.name)."));
        properties.put(TYPE, text("Logical type and version, e.g. eduaid.enrollment.SchoolRegistered.v1; "
                + "consumers route on it, never on a class name."));
        properties.put(SUBJECT, text("Id of the aggregate the event is about; also the record key."));
        properties.put(TIME, withFormat(text("When it happened (RFC 3339)."), "date-time"));
        properties.put(DATA_CONTENT_TYPE, constant(JSON, "Content type of the record value."));
        Map<String, Object> sequence = text("Position in the aggregate's history (1, 2, 3, ...), as decimal text; "
                + "consumers apply an event only when it is newer than what they hold.");
        sequence.put("pattern", "^[1-9][0-9]*$");
        properties.put(SEQUENCE, sequence);
        properties.put(CORRELATION_ID, text("Ties the event to the request that caused it."));
        properties.put(TRACEPARENT, text("W3C trace context, present when the cause was traced."));
        return object(List.of(SPEC_VERSION, ID, SOURCE, TYPE, SUBJECT, TIME, SEQUENCE), properties);
    }

    static Map<String, Object> deadLetterHeaders() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(DEAD_LETTER_REASON, text("Why the record was set aside, in plain words."));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("description", "The original record's headers, kept as they were, plus the reason; Spring Kafka "
                + "adds kafka_dlt-original-topic, -partition, -offset, -consumer-group and kafka_dlt-exception-*.");
        schema.putAll(object(List.of(DEAD_LETTER_REASON), properties));
        return schema;
    }

    private static Map<String, Object> object(List<String> required, Map<String, Object> properties) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("required", required);
        schema.put("properties", properties);
        return schema;
    }

    static Map<String, Object> text(String description) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "string");
        schema.put("description", description);
        return schema;
    }

    private static Map<String, Object> constant(String value, String description) {
        Map<String, Object> schema = text(description);
        schema.put("const", value);
        return schema;
    }

    private static Map<String, Object> withFormat(Map<String, Object> schema, String format) {
        schema.put("format", format);
        return schema;
    }
}
