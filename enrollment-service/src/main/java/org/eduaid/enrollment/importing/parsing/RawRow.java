package org.eduaid.enrollment.importing.parsing;

import java.util.List;

/**
 * One row as it stood in the file, before validation.
 *
 * @param rowNumber as the officer sees it: the spreadsheet row for CSV (the header is row 1), the line for NDJSON
 * @param values the cells in the order of the file's {@link Columns}
 * @param defectField the column a defect is about, or {@code null} for the row as a whole
 * @param defect why the row could not even be read (too long, broken JSON, bad bytes), or {@code null}
 */
public record RawRow(long rowNumber, List<String> values, String defectField, String defect) {

    public static RawRow of(long rowNumber, List<String> values) {
        return new RawRow(rowNumber, values, null, null);
    }

    public static RawRow defective(long rowNumber, String field, String defect) {
        return new RawRow(rowNumber, List.of(), field, defect);
    }

    public boolean isDefective() {
        return defect != null;
    }
}
