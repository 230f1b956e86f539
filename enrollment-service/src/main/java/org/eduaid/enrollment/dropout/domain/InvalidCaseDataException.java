package org.eduaid.enrollment.dropout.domain;

/** A command's data breaks a rule of the case (a deadline in the past, one official named twice); a 400. */
public class InvalidCaseDataException extends IllegalArgumentException {

    private final String field;

    public InvalidCaseDataException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The rule in words, without the field name. */
    public String rule() {
        return getMessage().substring(field.length() + 2);
    }

    static void require(boolean holds, String field, String message) {
        if (!holds) {
            throw new InvalidCaseDataException(field, message);
        }
    }

    static String text(String value, String field, int maxLength) {
        require(value != null && !value.isBlank(), field, "must not be blank");
        String stripped = value.strip();
        require(stripped.length() <= maxLength, field, "must be at most " + maxLength + " characters");
        return stripped;
    }
}
