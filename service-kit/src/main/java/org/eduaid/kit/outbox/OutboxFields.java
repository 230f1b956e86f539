package org.eduaid.kit.outbox;

import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.eduaid.contracts.envelope.EventMetadata;
import org.eduaid.kit.events.OutboundEvent;

/**
 * How pending events live inside the aggregate document they belong to. Keeping them in the same
 * document is what makes "state changed" and "event recorded" one atomic write on a MongoDB without
 * multi-document transactions. Field names start with an underscore so they never clash with state.
 */
final class OutboxFields {

    static final String ID = "_id";
    static final String VERSION = "_version";
    static final String PENDING = "_outbox";
    /** Present only while events are pending: when the oldest of them was recorded. */
    static final String PENDING_SINCE = "_outboxSince";
    static final String PARTITION = "_outboxPartition";
    /** The token of the last bulk update that wrote the aggregate: how it tells which of its writes matched. */
    static final String BULK_WRITE = "_bulkWrite";

    private OutboxFields() {
    }

    /**
     * The filter of a versioned write: a plain document rather than {@code $and}, which the embedded
     * store can serve from the {@code {_id, _version}} index instead of scanning the collection.
     */
    static Document atVersion(Object aggregateId, long version) {
        return new Document(ID, aggregateId).append(VERSION, version);
    }

    static List<Document> toDocuments(List<OutboundEvent> events) {
        return events.stream().map(OutboxFields::toDocument).toList();
    }

    static Document toDocument(OutboundEvent event) {
        EventMetadata m = event.metadata();
        Document document = new Document("id", m.id())
                .append("type", m.type())
                .append("source", m.source())
                .append("subject", m.subject())
                .append("sequence", m.sequence())
                .append("occurredAt", Date.from(m.occurredAt()))
                .append("correlationId", m.correlationId())
                .append("topic", event.topic())
                .append("payload", event.payload());
        if (event.traceparent() != null) {
            document.append("traceparent", event.traceparent());
        }
        return document;
    }

    static OutboundEvent fromDocument(Document document) {
        EventMetadata metadata = new EventMetadata(document.getString("id"), document.getString("type"),
                document.getString("source"), document.getString("subject"),
                ((Number) document.get("sequence")).longValue(), document.getDate("occurredAt").toInstant(),
                document.getString("correlationId"));
        return new OutboundEvent(metadata, document.getString("topic"), document.getString("payload"),
                document.getString("traceparent"));
    }
}
