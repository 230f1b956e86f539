package org.eduaid.enrollment.household.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where an outside record stands in time, to decide which of two records about the same flag is the
 * later one: first when the agency recorded it ({@code ce_time}), then its {@code ce_sequence}, then
 * its event id — only so that two records can never tie and every replica decides alike. The
 * sequence counts the records of one agency record id (the Kafka key), and one person's flag may be
 * spoken about under several of them (e.g. a new assistance record after a move), so the time is
 * what orders them; the sequence only breaks ties within the same instant.
 */
public record RecordStamp(Instant recordedAt, long sequence, String eventId) implements Comparable<RecordStamp> {

    private static final Comparator<RecordStamp> ORDER = Comparator.comparing(RecordStamp::recordedAt)
            .thenComparingLong(RecordStamp::sequence)
            .thenComparing(RecordStamp::eventId);

    public RecordStamp {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(eventId, "eventId");
    }

    @Override
    public int compareTo(RecordStamp other) {
        return ORDER.compare(this, other);
    }

    public boolean isLaterThan(RecordStamp other) {
        return compareTo(other) > 0;
    }
}
