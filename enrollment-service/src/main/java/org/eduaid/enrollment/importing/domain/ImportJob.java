package org.eduaid.enrollment.importing.domain;

import java.time.Instant;

/**
 * One uploaded file and what became of its rows. Counts add up: {@code rows = created + updated +
 * unchanged + rejected} once COMPLETED.
 *
 * @param schoolCode the school of a clerk's file, {@code null} for a county file
 * @param encoding the encoding the file was read in and why (declared, byte-order mark, sniffed)
 * @param bytesRead how far processing has read the file, for progress
 * @param submittedBy the subject of the caller who uploaded it
 * @param failure why a FAILED import stopped, in words without personal data
 */
public record ImportJob(String id, ImportKind kind, FileFormat format, String countyCode, String schoolCode,
        ImportStatus status, String encoding, long fileBytes, long bytesRead, long rows, long created, long updated,
        long unchanged, long rejected, String submittedBy, Instant receivedAt, Instant startedAt, Instant finishedAt,
        String failure) {

    public static ImportJob received(String id, ImportKind kind, FileFormat format, String countyCode, String schoolCode,
            String encoding, long fileBytes, String submittedBy, Instant at) {
        return new ImportJob(id, kind, format, countyCode, schoolCode, ImportStatus.RECEIVED, encoding, fileBytes, 0, 0,
                0, 0, 0, 0, submittedBy, at, null, null, null);
    }

    /** Percent of the file processed, 0 to 100. */
    public int progress() {
        if (status == ImportStatus.COMPLETED) {
            return 100;
        }
        if (fileBytes <= 0) {
            return 0;
        }
        return (int) Math.min(99, bytesRead * 100 / fileBytes);
    }
}
