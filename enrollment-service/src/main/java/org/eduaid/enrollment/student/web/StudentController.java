package org.eduaid.enrollment.student.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import org.eduaid.enrollment.person.PersonId;
import org.eduaid.enrollment.student.application.DuplicateReview;
import org.eduaid.enrollment.student.application.Page;
import org.eduaid.enrollment.student.application.RegisterStudent;
import org.eduaid.enrollment.student.application.StudentDuplicates;
import org.eduaid.enrollment.student.application.StudentErrors;
import org.eduaid.enrollment.student.application.StudentQuery;
import org.eduaid.enrollment.student.application.StudentRegistry;
import org.eduaid.enrollment.student.domain.FlagName;
import org.eduaid.enrollment.student.domain.Household;
import org.eduaid.enrollment.student.domain.Stage;
import org.eduaid.enrollment.student.domain.StudentIdNumbers;
import org.eduaid.kit.web.InvalidRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

/** The student registry under {@code /api/enrollment/students}; ID numbers only ever in request bodies. */
@RestController
@Validated
@RequestMapping("/api/enrollment/students")
class StudentController {

    private static final int MAX_PAGE_SIZE = 200;

    private final StudentRegistry registry;
    private final StudentDuplicates duplicates;
    private final Clock clock;

    StudentController(StudentRegistry registry, StudentDuplicates duplicates, Clock clock) {
        this.registry = registry;
        this.duplicates = duplicates;
        this.clock = clock;
    }

    @PostMapping
    Mono<ResponseEntity<StudentResponses.View>> register(@Valid @RequestBody Requests.Register request) {
        return Mono.fromCallable(() -> toCommand(request))
                .onErrorMap(StudentErrors::translate)
                .flatMap(registry::register)
                .map(stored -> ResponseEntity.created(URI.create("/api/enrollment/students/" + stored.student().id()))
                        .body(StudentResponses.View.of(stored)));
    }

    @GetMapping
    Mono<Page<StudentResponses.Row>> search(@RequestParam(required = false) String countyCode,
            @RequestParam(required = false) String schoolCode, @RequestParam(required = false) String flag,
            @RequestParam(required = false) String stage, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return Mono.fromCallable(() -> {
                    if (countyCode != null && !countyCode.matches("\\d{6}")) {
                        throw InvalidRequestException.of("countyCode", "must be a 6-digit county code");
                    }
                    if (schoolCode != null && !schoolCode.matches("\\d{10}")) {
                        throw InvalidRequestException.of("schoolCode", "must be exactly 10 digits");
                    }
                    return new StudentQuery(countyCode, schoolCode, flag == null ? null : parseFlag(flag),
                            stage == null ? null : parseStage(stage), pageNumber(page), pageSize(size));
                })
                .flatMap(registry::search)
                .map(found -> new Page<>(found.items().stream().map(StudentResponses.Row::of).toList(), found.page(),
                        found.size(), found.total()));
    }

    @GetMapping("/{studentId}")
    Mono<StudentResponses.View> find(@PathVariable String studentId) {
        return id(studentId).flatMap(registry::find).map(StudentResponses.View::of);
    }

    @PostMapping("/lookup")
    Mono<StudentResponses.View> lookup(@Valid @RequestBody Requests.Lookup request) {
        return Mono.fromCallable(() -> StudentIdNumbers.parse(request.idNumber(), clock))
                .onErrorMap(StudentErrors::translate)
                .flatMap(registry::lookup).map(StudentResponses.View::of);
    }

    @PostMapping("/{studentId}/enrolment")
    Mono<StudentResponses.View> enrol(@PathVariable String studentId, @Valid @RequestBody Requests.Enrol r) {
        return id(studentId).flatMap(id -> registry.enrol(id, r.expectedVersion(), r.schoolCode(), r.stage(),
                r.grade(), Boolean.TRUE.equals(r.boarding()), r.enrolledOn())).map(StudentResponses.View::of);
    }

    @PostMapping("/{studentId}/promotion")
    Mono<StudentResponses.View> promote(@PathVariable String studentId, @Valid @RequestBody Requests.Promote r) {
        return id(studentId).flatMap(id -> registry.promote(id, r.expectedVersion(), r.stage(), r.grade(),
                r.promotedOn())).map(StudentResponses.View::of);
    }

    @PostMapping("/{studentId}/transfer")
    Mono<StudentResponses.View> transfer(@PathVariable String studentId, @Valid @RequestBody Requests.Transfer r) {
        return id(studentId).flatMap(id -> registry.transfer(id, r.expectedVersion(), r.toSchoolCode(), r.stage(),
                r.grade(), Boolean.TRUE.equals(r.boarding()), r.transferredOn())).map(StudentResponses.View::of);
    }

    @PostMapping("/{studentId}/suspension")
    Mono<StudentResponses.View> suspend(@PathVariable String studentId, @Valid @RequestBody Requests.Suspend r) {
        return id(studentId).flatMap(id -> registry.suspend(id, r.expectedVersion(), r.reason(), r.suspendedOn()))
                .map(StudentResponses.View::of);
    }

    @PostMapping("/{studentId}/resumption")
    Mono<StudentResponses.View> resume(@PathVariable String studentId, @Valid @RequestBody Requests.Resume r) {
        return id(studentId).flatMap(id -> registry.resume(id, r.expectedVersion(), r.resumedOn()))
                .map(StudentResponses.View::of);
    }

    @PostMapping("/{studentId}/withdrawal")
    Mono<StudentResponses.View> withdraw(@PathVariable String studentId, @Valid @RequestBody Requests.Withdraw r) {
        return id(studentId).flatMap(id -> registry.withdraw(id, r.expectedVersion(), r.reason(), r.withdrawnOn()))
                .map(StudentResponses.View::of);
    }

    @PostMapping("/{studentId}/graduation")
    Mono<StudentResponses.View> graduate(@PathVariable String studentId, @Valid @RequestBody Requests.Graduate r) {
        return id(studentId).flatMap(id -> registry.graduate(id, r.expectedVersion(), r.graduatedOn()))
                .map(StudentResponses.View::of);
    }

    @PutMapping("/{studentId}/flags")
    Mono<StudentResponses.View> editFlags(@PathVariable String studentId, @Valid @RequestBody Requests.EditFlags r) {
        return id(studentId).flatMap(id -> Mono.fromCallable(() -> r.flags().settings())
                        .onErrorMap(StudentErrors::translate)
                        .flatMap(settings -> registry.editFlags(id, r.expectedVersion(), settings, r.effectiveOn())))
                .map(StudentResponses.View::of);
    }

    @GetMapping("/duplicates")
    Mono<Page<DuplicateReview>> duplicates(@RequestParam(required = false) String countyCode,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return Mono.fromCallable(() -> new int[] { pageNumber(page), pageSize(size) })
                .flatMap(paging -> duplicates.list(countyCode, paging[0], paging[1]));
    }

    @PostMapping("/duplicates/{reviewId}/resolution")
    Mono<DuplicateReview> resolve(@PathVariable String reviewId, @Valid @RequestBody Requests.Resolve r) {
        if (!reviewId.matches("p-[A-Za-z0-9_-]{26}\\.p-[A-Za-z0-9_-]{26}")) {
            return Mono.error(InvalidRequestException.of("reviewId", "is not a duplicate review id"));
        }
        return duplicates.resolve(reviewId, r.decision(), r.note());
    }

    private RegisterStudent toCommand(Requests.Register request) {
        var idNumber = StudentIdNumbers.parse(request.idNumber(), clock);
        Household household = new Household(request.householdCountyCode(), request.householdTownshipCode(),
                request.householdVillageCode());
        Requests.Enrolment e = request.enrolment();
        return new RegisterStudent(idNumber, request.name(), household, request.guardianName(),
                request.flags() == null ? List.of() : request.flags().settings(),
                e == null ? null : new RegisterStudent.NewEnrolment(e.schoolCode(), e.stage(), e.grade(),
                        Boolean.TRUE.equals(e.boarding()), e.enrolledOn()));
    }

    private static Mono<PersonId> id(String studentId) {
        return PersonId.isValid(studentId) ? Mono.just(new PersonId(studentId))
                : Mono.error(InvalidRequestException.of("studentId", "is not a student id"));
    }

    private static FlagName parseFlag(String flag) {
        try {
            return FlagName.parse(flag);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of("flag", e.getMessage());
        }
    }

    private static Stage parseStage(String stage) {
        for (Stage s : Stage.values()) {
            if (s.name().equals(stage)) {
                return s;
            }
        }
        throw InvalidRequestException.of("stage", "is not a stage of schooling");
    }

    private static int pageNumber(int page) {
        if (page < 0 || page > 100_000) {
            throw InvalidRequestException.of("page", "must be from 0");
        }
        return page;
    }

    private static int pageSize(int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidRequestException.of("size", "must be from 1 to " + MAX_PAGE_SIZE);
        }
        return size;
    }
}
