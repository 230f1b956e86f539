package org.eduaid.enrollment.importing.application;

import java.io.IOException;
import java.nio.charset.Charset;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import org.eduaid.contracts.identity.Role;
import org.eduaid.enrollment.importing.domain.FileFormat;
import org.eduaid.enrollment.importing.domain.ImportJob;
import org.eduaid.enrollment.importing.domain.ImportKind;
import org.eduaid.enrollment.importing.domain.RowError;
import org.eduaid.enrollment.importing.parsing.ImportFileReader;
import org.eduaid.enrollment.importing.parsing.UnreadableFileException;
import org.eduaid.enrollment.school.application.SchoolRegistry;
import org.eduaid.enrollment.school.domain.SchoolCode;
import org.eduaid.enrollment.student.application.ImportScope;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.events.TraceContexts;
import org.eduaid.kit.regions.RegionDirectory;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.security.Caller;
import org.eduaid.kit.security.Callers;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.kit.web.ResourceNotFoundException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Receives import files and answers what became of them. An upload is checked (role, then scope),
 * written to the spool as it arrives, its header read back (a file without the required columns is
 * refused at once with 400), then the job is recorded and queued; the caller gets the job id while
 * the rows are processed in the background (a 200,000-row file takes longer than a gateway waits).
 */
@Service
public class ImportService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ID_FORMAT = "imp-[0-9a-f]{24}";

    private final ImportJobs jobs;
    private final ImportErrors errors;
    private final ImportSpool spool;
    private final ImportRunner runner;
    private final ImportSettings settings;
    private final SchoolRegistry schools;
    private final RegionDirectory regions;
    private final TraceContexts traces;
    private final Clock clock;

    public ImportService(ImportJobs jobs, ImportErrors errors, ImportSpool spool, ImportRunner runner,
            ImportSettings settings, SchoolRegistry schools, RegionDirectory regions, TraceContexts traces, Clock clock) {
        this.jobs = jobs;
        this.errors = errors;
        this.spool = spool;
        this.runner = runner;
        this.settings = settings;
        this.schools = schools;
        this.regions = regions;
        this.traces = traces;
        this.clock = clock;
    }

    /** An upload as the web layer hands it over: the body not yet read. */
    public record Upload(ImportKind kind, String countyCode, String schoolCode, FileFormat format, Charset charset,
            long contentLength, Flux<DataBuffer> body) {
    }

    public Mono<ImportJob> receive(Upload upload) {
        return authorise(upload).flatMap(authorised -> {
            ImportScope scope = authorised.scope();
            if (upload.format() == null) {
                return Mono.error(new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "Send the file as text/csv or application/x-ndjson."));
            }
            if (upload.contentLength() > settings.maxFileSize().toBytes()) {
                return Mono.error(new DataBufferLimitException("import file too large"));
            }
            String id = newId();
            return Audit.action(upload.kind() == ImportKind.STUDENTS ? "import.students" : "import.roster")
                    .then(Audit.touched("import:" + id))
                    .then(traces.current())
                    .flatMap(trace -> spool.receive(id, upload.body())
                            .flatMap(bytes -> readHeader(id, upload).flatMap(encoding -> {
                                ImportJob job = ImportJob.received(id, upload.kind(), upload.format(), scope.countyCode(),
                                        scope.schoolCode(), encoding, bytes, authorised.caller().subject(),
                                        clock.instant());
                                return jobs.add(job).then(Mono.fromRunnable(() -> runner.submit(new ImportRunner.Work(id,
                                        upload.kind(), upload.format(), upload.charset(), scope, trace))))
                                        .thenReturn(job);
                            }))
                            .onErrorResume(e -> spool.delete(id).then(Mono.error(e))));
        });
    }

    /** A file whose header is unusable is refused before any job exists for it. */
    private Mono<String> readHeader(String id, Upload upload) {
        return Mono.fromCallable(() -> {
            try (ImportFileReader.Opened opened = ImportFileReader.open(spool.fileOf(id), upload.kind(), upload.format(),
                    upload.charset(), settings.maxRowChars())) {
                return opened.encoding().charset().name() + " (" + opened.encoding().why() + ")";
            } catch (UnreadableFileException e) {
                throw InvalidRequestException.of("file", e.getMessage());
            } catch (IOException e) {
                throw InvalidRequestException.of("file", "could not be read");
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * Clerks import their own school's students; county officers their county's students (whole
     * county or one school) and roster; the platform admin anything. Other roles 403, other scopes 404.
     */
    private record Authorised(Caller caller, ImportScope scope) {
    }

    private Mono<Authorised> authorise(Upload upload) {
        boolean schoolFile = upload.schoolCode() != null;
        Role[] roles = upload.kind() == ImportKind.STUDENTS && schoolFile
                ? new Role[] { Role.SCHOOL_CLERK, Role.COUNTY_OFFICER, Role.PLATFORM_ADMIN }
                : new Role[] { Role.COUNTY_OFFICER, Role.PLATFORM_ADMIN };
        String action = upload.kind() == ImportKind.ROSTER ? "import a county's roster"
                : schoolFile ? "import a school's students" : "import a county's students";
        return Access.permit(action, roles).flatMap(caller -> {
            if (upload.kind() == ImportKind.ROSTER && schoolFile) {
                return Mono.error(InvalidRequestException.of("schoolCode", "a roster is imported per county; give countyCode"));
            }
            if (schoolFile == (upload.countyCode() != null)) {
                return Mono.error(InvalidRequestException.of("countyCode",
                        "give either countyCode (a county's file) or schoolCode (one school's file)"));
            }
            if (schoolFile) {
                if (!upload.schoolCode().matches("\\d{10}")) {
                    return Mono.error(InvalidRequestException.of("schoolCode", "must be exactly 10 digits"));
                }
                return schools.find(new SchoolCode(upload.schoolCode())).map(school -> new Authorised(caller,
                        new ImportScope(school.countyCode(), school.code().value(), "import:" + school.code().value())));
            }
            if (!upload.countyCode().matches("\\d{6}") || !regions.isCounty(upload.countyCode())) {
                return Mono.error(InvalidRequestException.of("countyCode", "is not a county in the national division list"));
            }
            return Access.withinScope(caller.canSeeRegion(upload.countyCode()), new Authorised(caller,
                    new ImportScope(upload.countyCode(), null, "import:" + upload.countyCode())), "county " + upload.countyCode());
        });
    }

    /** One import, if the caller may see it: a clerk their school's, everybody else their region's. */
    public Mono<ImportJob> find(String id) {
        if (id == null || !id.matches(ID_FORMAT)) {
            return Mono.error(new ResourceNotFoundException("import"));
        }
        return Access.ifVisible(jobs.find(id), ImportService::visible, "import " + id);
    }

    /** The rejected rows of a visible import, in row order. */
    public Mono<Flux<RowError>> errors(String id) {
        return find(id).map(job -> errors.of(job.id()));
    }

    public record Page(List<ImportJob> items, int page, int size, long total) {
    }

    /** The imports of a county (officers, auditors) or of a school (its clerk), newest first. */
    public Mono<Page> list(String countyCode, String schoolCode, int page, int size) {
        if (page < 0) {
            return Mono.error(InvalidRequestException.of("page", "must be 0 or more"));
        }
        if (size < 1 || size > 200) {
            return Mono.error(InvalidRequestException.of("size", "must be between 1 and 200"));
        }
        if (countyCode == null || !regions.isCounty(countyCode)) {
            return Mono.error(InvalidRequestException.of("countyCode", "is not a county in the national division list"));
        }
        if (schoolCode != null && !schoolCode.matches("\\d{10}")) {
            return Mono.error(InvalidRequestException.of("schoolCode", "must be exactly 10 digits"));
        }
        return Callers.current().flatMap(caller -> {
            if (!caller.canSeeRegion(countyCode)) {
                return Mono.error(new ResourceNotFoundException("county " + countyCode));
            }
            String school = schoolCode;
            if (caller.role() == Role.SCHOOL_CLERK) {
                String own = caller.school().orElse(null);
                if (own == null || schoolCode != null && !schoolCode.equals(own)) {
                    return Mono.error(new ResourceNotFoundException("school " + (schoolCode == null ? "" : schoolCode)));
                }
                school = own;
            }
            return Mono.zip(jobs.list(countyCode, school, page, size).collectList(), jobs.count(countyCode, school))
                    .map(found -> new Page(found.getT1(), page, size, found.getT2()));
        });
    }

    static boolean visible(Caller caller, ImportJob job) {
        if (caller.role() == Role.SCHOOL_CLERK) {
            return job.schoolCode() != null && caller.canSeeSchool(job.schoolCode(), job.countyCode());
        }
        return caller.canSeeRegion(job.countyCode());
    }

    private static String newId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return "imp-" + HexFormat.of().formatHex(bytes);
    }
}
