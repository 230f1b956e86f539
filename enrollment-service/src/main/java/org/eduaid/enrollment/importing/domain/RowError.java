package org.eduaid.enrollment.importing.domain;

/**
 * One rejected row in the error report.
 *
 * @param field the column as the file names it (its header cell), or {@code null} for the row as a whole
 * @param reason what is wrong, never quoting the value
 */
public record RowError(long row, String field, String reason) {
}
