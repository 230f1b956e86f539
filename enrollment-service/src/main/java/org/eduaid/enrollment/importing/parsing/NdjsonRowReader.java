package org.eduaid.enrollment.importing.parsing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.eduaid.enrollment.importing.domain.ImportKind;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * NDJSON: one JSON object per line with the columns' English names as keys; unknown keys are
 * ignored, a value may be a string, a number or true/false. Blank lines are skipped but counted;
 * the row number is the line number.
 */
public final class NdjsonRowReader implements RowReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CharSource in;
    private final Columns columns;
    private final List<String> names;
    private final int maxLineChars;
    private final StringBuilder line = new StringBuilder();
    private long lineNumber;

    public NdjsonRowReader(Reader in, ImportKind kind, int maxLineChars) {
        this.in = new CharSource(in);
        this.columns = Columns.allOf(kind);
        this.names = columns.names();
        this.maxLineChars = maxLineChars;
    }

    @Override
    public Columns columns() {
        return columns;
    }

    @Override
    public RawRow next() throws IOException {
        while (true) {
            if (in.peek() < 0) {
                return null;
            }
            lineNumber++;
            boolean tooLong = readLine();
            if (tooLong) {
                return RawRow.defective(lineNumber, null, "the line is longer than " + maxLineChars + " characters");
            }
            if (!line.toString().isBlank()) {
                return CsvRowReader.EncodingCheck.check(parse());
            }
        }
    }

    private boolean readLine() throws IOException {
        line.setLength(0);
        boolean tooLong = false;
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (line.length() >= maxLineChars) {
                tooLong = true;
                line.setLength(0);
            }
            if (!tooLong) {
                line.append((char) c);
            }
        }
        return tooLong;
    }

    private RawRow parse() {
        JsonNode object;
        try {
            object = JSON.readTree(line.toString());
        } catch (JacksonException e) {
            return RawRow.defective(lineNumber, null, "the line is not valid JSON");
        }
        if (object == null || !object.isObject()) {
            return RawRow.defective(lineNumber, null, "the line is not a JSON object");
        }
        List<String> values = new ArrayList<>(names.size());
        for (String name : names) {
            JsonNode value = object.get(name);
            if (value == null || value.isNull()) {
                values.add(null);
            } else if (value.isString() || value.isNumber() || value.isBoolean()) {
                values.add(value.asString());
            } else {
                return RawRow.defective(lineNumber, name, "must be a string, a number or true/false");
            }
        }
        return RawRow.of(lineNumber, values);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
