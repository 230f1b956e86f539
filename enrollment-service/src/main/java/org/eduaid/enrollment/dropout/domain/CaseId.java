package org.eduaid.enrollment.dropout.domain;

import java.util.UUID;
import java.util.regex.Pattern;

/** A case's id: random, so it says nothing about the child; the Kafka key of every case event. */
public record CaseId(String value) {

    private static final Pattern FORMAT = Pattern.compile("case-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public CaseId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a case id");
        }
    }

    public static CaseId fresh() {
        return new CaseId("case-" + UUID.randomUUID());
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
