package org.eduaid.enrollment.importing.parsing;

import java.io.IOException;
import java.io.Reader;

/** A reader with one character of look-ahead and its own buffer (no synchronisation, unlike BufferedReader). */
final class CharSource {

    private final Reader in;
    private final char[] buffer = new char[16 * 1024];
    private int position;
    private int limit;
    private boolean ended;

    CharSource(Reader in) {
        this.in = in;
    }

    /** The next character, or -1 at the end. */
    int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    /** The next character without consuming it, or -1 at the end. */
    int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        if (read < 0) {
            ended = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    void close() throws IOException {
        in.close();
    }
}
