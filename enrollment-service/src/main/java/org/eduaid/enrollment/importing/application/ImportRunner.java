package org.eduaid.enrollment.importing.application;

import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eduaid.enrollment.importing.domain.FileFormat;
import org.eduaid.enrollment.importing.domain.ImportKind;
import org.eduaid.enrollment.importing.domain.ImportStatus;
import org.eduaid.enrollment.importing.domain.RowError;
import org.eduaid.enrollment.importing.parsing.Columns;
import org.eduaid.enrollment.importing.parsing.ImportFileReader;
import org.eduaid.enrollment.importing.parsing.UnreadableFileException;
import org.eduaid.enrollment.importing.validation.Chunk;
import org.eduaid.enrollment.importing.validation.FileValidation;
import org.eduaid.enrollment.importing.validation.RosterRowValidator;
import org.eduaid.enrollment.importing.validation.RowValidator;
import org.eduaid.enrollment.importing.validation.StudentRowValidator;
import org.eduaid.enrollment.roster.application.RosterRecords;
import org.eduaid.enrollment.student.application.ImportScope;
import org.eduaid.enrollment.student.application.RowOutcome;
import org.eduaid.enrollment.student.application.StudentRecords;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.regions.RegionDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * Processes received files in the background, at most {@code concurrentJobs} at a time per replica:
 * reads and validates the spooled file in chunks on a worker thread, hands each chunk's good rows to
 * the port (a few chunks in flight, so memory stays flat whatever the file's size), writes the
 * rejected rows in bulk and adds the chunk's counts to the job. There is no request context here:
 * the scope and trace captured at upload are passed on explicitly.
 *
 * <p>A replica that dies mid-import leaves its jobs without heartbeat; any replica's sweep marks them
 * FAILED after {@code staleAfter} (not resumed: the file was on the dead replica's disk). Uploading the
 * file again finishes the work, since the ports are idempotent: rows already applied come back UNCHANGED.
 */
@Component
public class ImportRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    static final String ABANDONED = "processing stopped when the service restarted; import the file again (rows"
            + " already applied stay and come back unchanged)";

    private final ImportJobs jobs;
    private final ImportErrors errors;
    private final ImportSpool spool;
    private final ImportSettings settings;
    private final StudentRecords students;
    private final RosterRecords roster;
    private final RegionDirectory regions;
    private final Clock clock;
    private final Sinks.Many<Work> queue = Sinks.many().unicast().onBackpressureBuffer();
    private final Set<String> active = ConcurrentHashMap.newKeySet();
    private final Disposable.Composite running = Disposables.composite();

    public ImportRunner(ImportJobs jobs, ImportErrors errors, ImportSpool spool, ImportSettings settings,
            StudentRecords students, RosterRecords roster, RegionDirectory regions, Clock clock) {
        this.jobs = jobs;
        this.errors = errors;
        this.spool = spool;
        this.settings = settings;
        this.students = students;
        this.roster = roster;
        this.regions = regions;
        this.clock = clock;
        running.add(queue.asFlux().flatMap(this::run, settings.concurrentJobs()).subscribe());
        Duration beat = settings.staleAfter().dividedBy(4);
        running.add(Flux.interval(Duration.ZERO, beat, Schedulers.boundedElastic())
                .onBackpressureDrop()
                .concatMap(tick -> keepAliveAndSweep().onErrorResume(e -> {
                    log.warn("import heartbeat failed", e);
                    return Mono.empty();
                }), 1)
                .subscribe());
    }

    /** What a job needs after its request has ended. */
    public record Work(String importId, ImportKind kind, FileFormat format, Charset declaredCharset, ImportScope scope,
            TraceContext trace) {
    }

    /** Queues a received job; returns at once. */
    public void submit(Work work) {
        active.add(work.importId());
        synchronized (queue) {
            queue.emitNext(work, Sinks.EmitFailureHandler.FAIL_FAST);
        }
    }

    private Mono<Void> run(Work work) {
        String id = work.importId();
        return jobs.started(id, clock.instant())
                .then(work.kind() == ImportKind.STUDENTS
                        ? process(work, new StudentRowValidator(work.scope(), regions, clock), students::apply)
                        : process(work, new RosterRowValidator(work.scope(), regions, clock), roster::apply))
                .then(Mono.defer(() -> jobs.finished(id, ImportStatus.COMPLETED, null, clock.instant())))
                .onErrorResume(failure -> {
                    log.warn("import {} failed: {}", id, failure.getClass().getSimpleName(), failure);
                    return jobs.finished(id, ImportStatus.FAILED, reasonOf(failure), clock.instant())
                            .onErrorResume(e -> Mono.empty());
                })
                .doFinally(signal -> {
                    active.remove(id);
                    ImportSpool.deleteQuietly(spool.fileOf(id));
                });
    }

    /** Applies good rows of a chunk through a port. */
    @FunctionalInterface
    interface Port<R> {
        Mono<List<RowOutcome>> apply(List<R> rows, ImportScope scope, TraceContext trace);
    }

    private <R> Mono<Void> process(Work work, RowValidator<R> validator, Port<R> port) {
        return Flux.using(() -> open(work, validator),
                        validation -> chunks(validation)
                                .flatMap(chunk -> apply(work, validation.columns(), chunk, port),
                                        settings.applyConcurrency(), 1),
                        ImportRunner::closeQuietly)
                .subscribeOn(Schedulers.boundedElastic())
                .then();
    }

    private <R> FileValidation<R> open(Work work, RowValidator<R> validator) throws IOException {
        ImportFileReader.Opened file = ImportFileReader.open(spool.fileOf(work.importId()), work.kind(), work.format(),
                work.declaredCharset(), settings.maxRowChars());
        return new FileValidation<>(file, validator, settings.maxRows());
    }

    private <R> Flux<Chunk<R>> chunks(FileValidation<R> validation) {
        return Flux.<Chunk<R>>generate(sink -> {
            try {
                Chunk<R> chunk = validation.next(settings.chunkSize());
                if (chunk == null) {
                    sink.complete();
                } else {
                    sink.next(chunk);
                }
            } catch (IOException | RuntimeException e) {
                sink.error(e);
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }

    private <R> Mono<Void> apply(Work work, Columns columns, Chunk<R> chunk, Port<R> port) {
        Mono<List<RowOutcome>> applied = chunk.accepted().isEmpty() ? Mono.just(List.of())
                : Mono.defer(() -> port.apply(chunk.accepted(), work.scope(), work.trace()))
                        .retryWhen(Retry.backoff(3, Duration.ofMillis(200)));
        return applied.flatMap(outcomes -> {
            long created = 0;
            long updated = 0;
            long unchanged = 0;
            List<RowError> rejected = new ArrayList<>(chunk.rejected());
            for (RowOutcome outcome : outcomes) {
                switch (outcome.result()) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                    case REJECTED -> rejected.add(new RowError(outcome.rowNumber(), columns.label(outcome.field()),
                            outcome.reason()));
                    default -> throw new IllegalStateException("unknown outcome");
                }
            }
            ImportJobs.Counts counts = new ImportJobs.Counts(chunk.rows(), created, updated, unchanged, rejected.size());
            return errors.addAll(work.importId(), rejected)
                    .then(jobs.progressed(work.importId(), counts, chunk.bytesRead(), clock.instant()));
        });
    }

    private Mono<Void> keepAliveAndSweep() {
        List<String> alive = List.copyOf(active);
        return (alive.isEmpty() ? Mono.<Void>empty() : jobs.heartbeat(alive, clock.instant()))
                .then(jobs.failAbandoned(clock.instant().minus(settings.staleAfter()), ABANDONED, clock.instant()))
                .doOnNext(failed -> failed.forEach(id -> ImportSpool.deleteQuietly(spool.fileOf(id))))
                .thenMany(Flux.fromIterable(spool.present()))
                .filter(id -> !active.contains(id))
                .concatMap(id -> jobs.find(id).map(job -> job.status().finished()).defaultIfEmpty(true)
                        .filter(orphan -> orphan && !active.contains(id))
                        .doOnNext(orphan -> ImportSpool.deleteQuietly(spool.fileOf(id))))
                .then();
    }

    static String reasonOf(Throwable failure) {
        if (failure instanceof UnreadableFileException unreadable) {
            return unreadable.getMessage();
        }
        if (failure instanceof IOException) {
            return "the uploaded file could not be read back; import it again";
        }
        return "applying the rows failed; rows applied so far stay, import the file again to finish (re-running"
                + " changes nothing that is already applied)";
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // reading is over either way
        }
    }

    @Override
    public void destroy() {
        running.dispose();
    }
}
