package org.eduaid.enrollment.importing.validation;

import java.util.List;

import org.eduaid.enrollment.importing.domain.RowError;

/**
 * A run of consecutive rows of a file, validated: the good ones for the port, the bad ones for the report.
 *
 * @param rows how many rows the chunk covers (good + rejected)
 * @param bytesRead how far into the file reading had got after the chunk's last row
 */
public record Chunk<R>(List<R> accepted, List<RowError> rejected, int rows, long bytesRead) {
}
