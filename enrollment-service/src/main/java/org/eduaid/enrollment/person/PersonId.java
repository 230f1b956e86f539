package org.eduaid.enrollment.person;

import java.util.Objects;

/**
 * The service's id for a person (a student, a child on the roster, the child of a case): a
 * keyed hash of the resident ID number, so the same child gets the same id from every source
 * while the id itself reveals nothing. It is the aggregate id, the Kafka key and the id other
 * services know the child by.
 */
public record PersonId(String value) {

    private static final String FORMAT = "p-[A-Za-z0-9_-]{26}";

    public PersonId {
        Objects.requireNonNull(value, "value");
        if (!value.matches(FORMAT)) {
            throw new IllegalArgumentException("not a person id");
        }
    }

    public static boolean isValid(String value) {
        return value != null && value.matches(FORMAT);
    }

    @Override
    public String toString() {
        return value;
    }
}
