package org.eduaid.teacher.teacher.application;

/**
 * What became of one row of a bulk registration: registered, already registered, or refused with the
 * field at fault and why (never the value, which may be an ID number).
 */
public record RegistrationOutcome(int row, String teacherId, String status, String field, String message) {

    public static final String REGISTERED = "REGISTERED";
    public static final String ALREADY_REGISTERED = "ALREADY_REGISTERED";
    public static final String REFUSED = "REFUSED";

    static RegistrationOutcome refused(int row, String field, String message) {
        return new RegistrationOutcome(row, null, REFUSED, field, message);
    }
}
