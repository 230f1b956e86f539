package org.eduaid.enrollment.importing.validation;

/**
 * A row that breaks a rule: the column (by its English name) and the reason in words an officer can
 * act on, never quoting the value (it may be a child's ID number or name). Thrown per bad row, so it
 * carries no stack trace.
 */
public final class RowRejection extends RuntimeException {

    private final String field;

    public RowRejection(String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage();
    }
}
