package org.eduaid.enrollment.roster.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a population-registry record stands in the history of one person: its time ({@code ce_time})
 * first, its per-person sequence ({@code ce_sequence}) to break ties. The registry's sequence numbers
 * restart when it re-keys a person, its clock does not, so time decides and the sequence only orders
 * records of the same instant.
 */
public record RegistryPosition(Instant time, long sequence) implements Comparable<RegistryPosition> {

    public RegistryPosition {
        Objects.requireNonNull(time, "time");
        if (sequence < 1) {
            throw new IllegalArgumentException("a registry sequence starts at 1");
        }
    }

    /** Whether this record comes after {@code other}; every record comes after none. */
    public boolean isAfter(RegistryPosition other) {
        return other == null || compareTo(other) > 0;
    }

    @Override
    public int compareTo(RegistryPosition other) {
        int byTime = time.compareTo(other.time);
        return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }
}
