package org.eduaid.enrollment.importing.parsing;

import java.io.IOException;
import java.io.Reader;
import java.util.List;

import org.eduaid.enrollment.importing.domain.ImportKind;

/** A CSV file with a header row (row 1, or the first non-blank row) naming the columns. */
public final class CsvRowReader implements RowReader {

    private final CsvTokenizer tokenizer;
    private final Columns columns;
    private final int headerCells;

    public CsvRowReader(Reader in, ImportKind kind, int maxRecordChars) throws IOException {
        this.tokenizer = new CsvTokenizer(in, maxRecordChars);
        RawRow header = tokenizer.next();
        if (header == null) {
            throw new UnreadableFileException("the file is empty");
        }
        if (header.isDefective()) {
            throw new UnreadableFileException("the header row cannot be read: " + header.defect());
        }
        this.columns = Columns.fromHeader(kind, header.values());
        this.headerCells = header.values().size();
    }

    @Override
    public Columns columns() {
        return columns;
    }

    @Override
    public RawRow next() throws IOException {
        RawRow row = tokenizer.next();
        if (row == null || row.isDefective()) {
            return row;
        }
        for (int i = headerCells; i < row.values().size(); i++) {
            if (!row.values().get(i).isBlank()) {
                return RawRow.defective(row.rowNumber(), null, "the row has more cells than the header has columns;"
                        + " a comma inside a cell must be within double quotes");
            }
        }
        return EncodingCheck.check(row);
    }

    @Override
    public void close() throws IOException {
        tokenizer.close();
    }

    /** Rows holding U+FFFD: bytes the decoder could not read in the file's encoding. */
    static final class EncodingCheck {

        private EncodingCheck() {
        }

        static RawRow check(RawRow row) {
            List<String> values = row.values();
            for (int i = 0; i < values.size(); i++) {
                String value = values.get(i);
                if (value != null && value.indexOf('\uFFFD') >= 0) {
                    return RawRow.defective(row.rowNumber(), null, "the row holds bytes that are not valid in the"
                            + " file's encoding; save the file as UTF-8 (or GBK) and import it again");
                }
            }
            return row;
        }
    }
}
