package org.eduaid.enrollment.importing.validation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eduaid.enrollment.importing.domain.RowError;
import org.eduaid.enrollment.importing.parsing.Columns;
import org.eduaid.enrollment.importing.parsing.ImportFileReader;
import org.eduaid.enrollment.importing.parsing.RawRow;
import org.eduaid.enrollment.importing.parsing.UnreadableFileException;

/**
 * Reads and validates a file in chunks, in file order (so "duplicate of row N" always names the
 * earlier row). Blocking I/O: runs on a worker thread. Holds one chunk and the table of ID numbers
 * seen, nothing else of the file.
 */
public final class FileValidation<R> implements AutoCloseable {

    private final ImportFileReader.Opened file;
    private final RowValidator<R> validator;
    private final long maxRows;
    private final Columns columns;
    private final SeenIdNumbers seen = new SeenIdNumbers();
    private long rows;

    public FileValidation(ImportFileReader.Opened file, RowValidator<R> validator, long maxRows) {
        this.file = file;
        this.validator = validator;
        this.maxRows = maxRows;
        this.columns = file.rows().columns();
    }

    public Columns columns() {
        return columns;
    }

    /** The next up to {@code size} rows, or {@code null} after the last. */
    public Chunk<R> next(int size) throws IOException {
        List<R> accepted = new ArrayList<>(size);
        List<RowError> rejected = new ArrayList<>();
        int count = 0;
        RawRow row;
        while (count < size && (row = file.rows().next()) != null) {
            count++;
            if (++rows > maxRows) {
                throw new UnreadableFileException("the file has more than " + maxRows + " rows; split it into smaller files");
            }
            if (row.isDefective()) {
                rejected.add(new RowError(row.rowNumber(), columns.label(row.defectField()), row.defect()));
                continue;
            }
            try {
                R record = validator.validate(row, columns);
                long first = seen.firstSeen(validator.idNumberOf(record), row.rowNumber());
                if (first >= 0) {
                    throw new RowRejection("idNumber", "the same ID number is already in row " + first + " of this file");
                }
                accepted.add(record);
            } catch (RowRejection rejection) {
                rejected.add(new RowError(row.rowNumber(), columns.label(rejection.field()), rejection.reason()));
            }
        }
        return count == 0 ? null : new Chunk<>(accepted, rejected, count, file.bytesRead());
    }

    public long rows() {
        return rows;
    }

    public SeenIdNumbers seen() {
        return seen;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
