package org.eduaid.enrollment.importing.web;

import java.time.Instant;

import org.eduaid.enrollment.importing.domain.ImportJob;

/** An import as the API shows it: status, counts and progress (percent of the file processed). */
public record ImportResponse(String importId, String kind, String format, String countyCode, String schoolCode,
        String status, int progress, long rows, long created, long updated, long unchanged, long rejected,
        String encoding, long fileBytes, String submittedBy, Instant receivedAt, Instant startedAt, Instant finishedAt,
        String failure, String errorsUri) {

    static ImportResponse of(ImportJob job) {
        return new ImportResponse(job.id(), job.kind().name(), job.format().name(), job.countyCode(), job.schoolCode(),
                job.status().name(), job.progress(), job.rows(), job.created(), job.updated(), job.unchanged(),
                job.rejected(), job.encoding(), job.fileBytes(), job.submittedBy(), job.receivedAt(), job.startedAt(),
                job.finishedAt(), job.failure(), ImportController.PATH + "/" + job.id() + "/errors");
    }
}
