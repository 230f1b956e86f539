package org.eduaid.enrollment.student.application;

/**
 * What became of one import row.
 *
 * @param reason for REJECTED, in words an officer can act on, never quoting the ID number
 */
public record RowOutcome(long rowNumber, Result result, String field, String reason) {

    public enum Result {
        CREATED, UPDATED, UNCHANGED, REJECTED
    }

    public static RowOutcome of(long rowNumber, Result result) {
        return new RowOutcome(rowNumber, result, null, null);
    }

    public static RowOutcome rejected(long rowNumber, String field, String reason) {
        return new RowOutcome(rowNumber, Result.REJECTED, field, reason);
    }
}
