package org.eduaid.enrollment.importing.parsing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eduaid.enrollment.importing.domain.FileFormat;
import org.eduaid.enrollment.importing.domain.ImportKind;

/**
 * Opens an uploaded file for reading row by row: detects its encoding from its first bytes, skips a
 * byte-order mark, decodes as a stream (bytes that are not valid in the encoding become U+FFFD and
 * make their row defective) and counts the bytes read, for progress.
 */
public final class ImportFileReader {

    private ImportFileReader() {
    }

    public static Opened open(Path file, ImportKind kind, FileFormat format, Charset declared, int maxRowChars)
            throws IOException {
        byte[] head = new byte[CharsetDetection.SNIFF_BYTES];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        }
        CharsetDetection.Detected detected = CharsetDetection.detect(head, length, declared);
        return open(Files.newInputStream(file), kind, format, detected, maxRowChars);
    }

    /** The same for any stream of the file's bytes; the caller has detected the encoding. */
    public static Opened open(InputStream raw, ImportKind kind, FileFormat format, CharsetDetection.Detected detected,
            int maxRowChars) throws IOException {
        CountingInputStream counting = new CountingInputStream(raw);
        try {
            counting.skipNBytes(detected.skipBytes());
            Reader reader = new InputStreamReader(counting, detected.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
            RowReader rows = format == FileFormat.CSV ? new CsvRowReader(reader, kind, maxRowChars)
                    : new NdjsonRowReader(reader, kind, maxRowChars);
            return new Opened(rows, detected, counting);
        } catch (IOException | RuntimeException e) {
            counting.close();
            throw e;
        }
    }

    /** A file being read: its rows, its encoding and how many of its bytes have been read. */
    public record Opened(RowReader rows, CharsetDetection.Detected encoding, CountingInputStream bytes)
            implements AutoCloseable {

        public long bytesRead() {
            return bytes.count();
        }

        @Override
        public void close() throws IOException {
            rows.close();
        }
    }

    /** Counts what the decoder has taken so far (it reads ahead a few KB, which is precise enough for progress). */
    public static final class CountingInputStream extends FilterInputStream {

        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }

        public long count() {
            return count;
        }
    }
}
