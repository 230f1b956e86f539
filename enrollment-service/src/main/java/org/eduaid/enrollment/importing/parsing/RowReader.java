package org.eduaid.enrollment.importing.parsing;

import java.io.Closeable;
import java.io.IOException;

/** Reads an import file row by row, never more than one row in memory. */
public interface RowReader extends Closeable {

    /** The columns of the file, in the order of {@link RawRow#values()}. */
    Columns columns();

    /** The next row, or {@code null} at the end of the file; blank lines are skipped (but counted). */
    RawRow next() throws IOException;
}
