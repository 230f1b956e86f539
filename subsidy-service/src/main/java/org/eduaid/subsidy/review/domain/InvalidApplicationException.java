package org.eduaid.subsidy.review.domain;

/** Data an application cannot hold (the API answers 400 naming the field). */
public class InvalidApplicationException extends RuntimeException {

    private final String field;
    private final String rule;

    public InvalidApplicationException(String field, String rule) {
        super(field + " " + rule);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }

    /** Free text kept: trimmed, required and at most {@code max} characters. */
    public static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidApplicationException(field, "is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidApplicationException(field, "must be at most " + max + " characters");
        }
        return trimmed;
    }

    /** Optional free text: {@code null} when blank, else as {@link #text}. */
    public static String optionalText(String value, String field, int max) {
        return value == null || value.isBlank() ? null : text(value, field, max);
    }
}
