package org.eduaid.kit.export;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Writes CSV as RFC 4180 says (comma separated, CRLF line ends, fields with a comma, quote or line
 * break quoted, quotes doubled), in UTF-8 with a byte-order mark, without which Excel on a Chinese
 * Windows reads the file as GBK and garbles every name. Rows are written as they come, so an export
 * of any size never sits in memory.
 *
 * <p>Text cells go through {@link CellNeutraliser}; numbers of the JDK's own number types are
 * written as numbers ({@link BigDecimal} without exponent), {@code null} as an empty field, anything
 * else as its {@code toString()} — a {@code ResidentIdNumber} therefore appears masked.
 */
public final class CsvWriter implements Closeable, Flushable {

    /** UTF-8's byte-order mark, which tells Excel the encoding. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String LINE_END = "\r\n";
    private static final Set<Class<?>> NUMBERS = Set.of(Integer.class, Long.class, Short.class, Byte.class,
            BigInteger.class, BigDecimal.class, Double.class, Float.class);

    private final Writer out;

    private CsvWriter(Writer out) {
        this.out = out;
    }

    /** A writer for a file Excel opens directly: the byte-order mark is written at once. */
    public static CsvWriter forExcel(OutputStream out) {
        CsvWriter writer = new CsvWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        writer.write(BYTE_ORDER_MARK);
        return writer;
    }

    public CsvWriter row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    public CsvWriter row(List<?> cells) {
        write(line(cells));
        return this;
    }

    /**
     * One record with its line end, for streaming a body without this class (a WebFlux response is
     * {@code BYTE_ORDER_MARK}, then {@code rows.map(CsvWriter::line)}).
     */
    public static String line(List<?> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(cells.get(i)));
        }
        return line.append(LINE_END).toString();
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (isWrittenAsNumber(value)) {
            return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        }
        return quoted(CellNeutraliser.neutralise(value.toString()));
    }

    private static boolean isWrittenAsNumber(Object value) {
        if (!NUMBERS.contains(value.getClass())) {
            return false;
        }
        // NaN and Infinity are not numbers to a spreadsheet; -Infinity would even read as a formula
        return !(value instanceof Double d && !Double.isFinite(d)) && !(value instanceof Float f && !Float.isFinite(f));
    }

    private static String quoted(String text) {
        boolean needsQuotes = false;
        for (int i = 0; i < text.length() && !needsQuotes; i++) {
            char c = text.charAt(i);
            needsQuotes = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
