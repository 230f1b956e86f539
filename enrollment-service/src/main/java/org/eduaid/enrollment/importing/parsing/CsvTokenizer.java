package org.eduaid.enrollment.importing.parsing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records as RFC 4180 has it, one record at a time: fields separated by commas,
 * a field in double quotes may hold commas, quotes (doubled) and line breaks; records end with CRLF,
 * LF or a lone CR. Lenient where spreadsheets are sloppy: a quote inside an unquoted field is kept as
 * a character, text after a closing quote is appended. Blank lines are skipped but still counted, so
 * row numbers match what a spreadsheet shows (a record with a quoted line break is still one row).
 * A record longer than {@code maxRecordChars} is not kept (the rest is read and dropped) but
 * reported as defective: an unclosed quote must not make the whole file one string in memory.
 */
public final class CsvTokenizer {

    private final CharSource in;
    private final int maxRecordChars;
    private long rowNumber;

    public CsvTokenizer(Reader in, int maxRecordChars) {
        this.in = new CharSource(in);
        this.maxRecordChars = maxRecordChars;
    }

    /** The next non-blank record, or {@code null} at the end of the text. */
    public RawRow next() throws IOException {
        while (true) {
            if (in.peek() < 0) {
                return null;
            }
            rowNumber++;
            RawRow row = record();
            if (row != null) {
                return row;
            }
        }
    }

    /** One record up to and including its line end; {@code null} for a blank line. */
    private RawRow record() throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean quoted = false;
        boolean tooLong = false;
        boolean unclosed = false;
        int length = 0;
        while (true) {
            int c = in.read();
            if (c < 0) {
                unclosed = inQuotes;
                break;
            }
            if (inQuotes) {
                if (c == '"') {
                    if (in.peek() == '"') {
                        in.read();
                    } else {
                        inQuotes = false;
                        continue;
                    }
                }
            } else if (c == '"' && field.length() == 0 && !quoted) {
                inQuotes = true;
                quoted = true;
                continue;
            } else if (c == ',') {
                fields.add(tooLong ? "" : field.toString());
                field.setLength(0);
                quoted = false;
                continue;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && in.peek() == '\n') {
                    in.read();
                }
                break;
            }
            if (++length > maxRecordChars) {
                tooLong = true;
                field.setLength(0);
            } else if (!tooLong) {
                field.append((char) c);
            }
        }
        if (tooLong) {
            return RawRow.defective(rowNumber, null, "the row is longer than " + maxRecordChars
                    + " characters; a quote is probably not closed");
        }
        if (unclosed) {
            return RawRow.defective(rowNumber, null, "a quoted cell is not closed before the end of the file");
        }
        if (fields.isEmpty() && field.length() == 0 && !quoted) {
            return null;
        }
        fields.add(field.toString());
        return RawRow.of(rowNumber, fields);
    }

    public void close() throws IOException {
        in.close();
    }
}
