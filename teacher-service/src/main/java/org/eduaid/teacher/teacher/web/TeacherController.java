package org.eduaid.teacher.teacher.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.eduaid.teacher.teacher.application.RegisterTeacher;
import org.eduaid.teacher.teacher.application.RegistrationOutcome;
import org.eduaid.teacher.teacher.application.TeacherChanges;
import org.eduaid.teacher.teacher.application.TeacherQueries;
import org.eduaid.teacher.teacher.application.TeacherRegistration;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import reactor.core.publisher.Mono;

/** The teacher registry (教师信息): registration, transfers, conversions, departures, lists. */
@RestController
@Validated
@RequestMapping("/api/teachers/teachers")
class TeacherController {

    private final TeacherRegistration registration;
    private final TeacherChanges changes;
    private final TeacherQueries queries;
    private final Clock clock;

    TeacherController(TeacherRegistration registration, TeacherChanges changes, TeacherQueries queries, Clock clock) {
        this.registration = registration;
        this.changes = changes;
        this.queries = queries;
        this.clock = clock;
    }

    record ImportResult(int registered, int alreadyRegistered, int refused, List<RegistrationOutcome> rows) {

        static ImportResult of(List<RegistrationOutcome> rows) {
            return new ImportResult(count(rows, RegistrationOutcome.REGISTERED),
                    count(rows, RegistrationOutcome.ALREADY_REGISTERED), count(rows, RegistrationOutcome.REFUSED), rows);
        }

        private static int count(List<RegistrationOutcome> rows, String status) {
            return (int) rows.stream().filter(row -> status.equals(row.status())).count();
        }
    }

    record TransferRequest(@NotNull String schoolCode, @NotNull LocalDate from, @NotNull @PositiveOrZero Long expectedVersion) {
    }

    record ConversionRequest(@NotNull LocalDate on, @NotNull @PositiveOrZero Long expectedVersion) {
    }

    record DepartureRequest(@NotNull LocalDate on, @NotNull String reason, @NotNull @PositiveOrZero Long expectedVersion) {
    }

    record TeacherList(List<TeacherResponse> teachers, int page, int size, long total) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<TeacherResponse> register(@RequestBody RegisterTeacher request) {
        return registration.register(request).map(found -> TeacherResponse.of(found, LocalDate.now(clock)));
    }

    /** Up to 1,000 teachers; every row gets an outcome, the good ones are registered. */
    @PostMapping("/imports")
    Mono<ImportResult> registerAll(@RequestBody List<RegisterTeacher> rows) {
        return registration.registerAll(rows).map(ImportResult::of);
    }

    @GetMapping("/{teacherId}")
    Mono<TeacherResponse> find(@PathVariable String teacherId, @RequestParam(required = false) LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
        return queries.find(teacherId).map(found -> TeacherResponse.of(found, day));
    }

    @GetMapping
    Mono<TeacherList> list(@RequestParam(required = false) String schoolCode,
            @RequestParam(required = false) String regionCode, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        LocalDate today = LocalDate.now(clock);
        return queries.list(schoolCode, regionCode, page, size).map(found -> new TeacherList(
                found.teachers().stream().map(teacher -> TeacherResponse.of(teacher, today)).toList(), found.page(),
                found.size(), found.total()));
    }

    @PostMapping("/{teacherId}/transfer")
    Mono<TeacherResponse> transfer(@PathVariable String teacherId, @Valid @RequestBody TransferRequest request) {
        return changes.transfer(teacherId, request.schoolCode(), request.from(), request.expectedVersion())
                .map(found -> TeacherResponse.of(found, LocalDate.now(clock)));
    }

    @PostMapping("/{teacherId}/conversion")
    Mono<TeacherResponse> convert(@PathVariable String teacherId, @Valid @RequestBody ConversionRequest request) {
        return changes.convert(teacherId, request.on(), request.expectedVersion())
                .map(found -> TeacherResponse.of(found, LocalDate.now(clock)));
    }

    @PostMapping("/{teacherId}/departure")
    Mono<TeacherResponse> depart(@PathVariable String teacherId, @Valid @RequestBody DepartureRequest request) {
        return changes.depart(teacherId, request.on(), request.reason(), request.expectedVersion())
                .map(found -> TeacherResponse.of(found, LocalDate.now(clock)));
    }
}
