package org.eduaid.enrollment.importing.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.eduaid.enrollment.importing.domain.ImportJob;
import org.eduaid.enrollment.importing.domain.ImportStatus;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The import jobs ({@code imports}): the status every replica answers queries from. */
public interface ImportJobs {

    Mono<Void> add(ImportJob job);

    Mono<ImportJob> find(String id);

    /** Newest first; {@code schoolCode} null for every import of the county. */
    Flux<ImportJob> list(String countyCode, String schoolCode, int page, int size);

    Mono<Long> count(String countyCode, String schoolCode);

    Mono<Void> started(String id, Instant at);

    /** Adds a chunk's counts (atomically, chunks may finish out of order) and moves progress forward. */
    Mono<Void> progressed(String id, Counts counts, long bytesRead, Instant at);

    Mono<Void> finished(String id, ImportStatus status, String failure, Instant at);

    /** Marks the jobs still being worked on here as alive. */
    Mono<Void> heartbeat(Collection<String> ids, Instant at);

    /** Fails the unfinished jobs nobody has kept alive since {@code staleBefore} (their replica died); their ids. */
    Mono<List<String>> failAbandoned(Instant staleBefore, String failure, Instant at);

    /** Rows of one chunk by outcome. */
    record Counts(long rows, long created, long updated, long unchanged, long rejected) {
    }
}
