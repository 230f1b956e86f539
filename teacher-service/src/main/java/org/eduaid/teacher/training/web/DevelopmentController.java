package org.eduaid.teacher.training.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eduaid.teacher.training.application.TeacherDevelopment;
import org.eduaid.teacher.training.domain.SchoolPairing;
import org.eduaid.teacher.training.domain.TrainingRecord;
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

/** Training (国培计划, 区培计划) and school pairing (结对帮扶). */
@RestController
@Validated
@RequestMapping("/api/teachers")
class DevelopmentController {

    private final TeacherDevelopment development;

    DevelopmentController(TeacherDevelopment development) {
        this.development = development;
    }

    record TrainingRequest(@NotNull String teacherId, @NotNull String programme, @NotNull String course,
            @NotNull BigDecimal hours, @NotNull @PositiveOrZero Long fundsFen, @NotNull LocalDate completedOn) {
    }

    record PairingRequest(@NotNull String urbanSchoolCode, @NotNull String ruralSchoolCode, @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn) {
    }

    @PostMapping("/training/records")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<TrainingRecord> record(@Valid @RequestBody TrainingRequest request) {
        return development.record(request.teacherId(), request.programme(), request.course(), request.hours(),
                request.fundsFen(), request.completedOn());
    }

    @GetMapping("/training/teachers/{teacherId}")
    Mono<List<TrainingRecord>> ofTeacher(@PathVariable String teacherId) {
        return development.trainingOf(teacherId);
    }

    /** Per programme: participations, distinct teachers, hours and funds, for a region and year. */
    @GetMapping("/training")
    Mono<List<TeacherDevelopment.ProgrammeTotals>> totals(@RequestParam String regionCode, @RequestParam int year) {
        return development.totals(regionCode, year);
    }

    @PostMapping("/pairings")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<SchoolPairing> pair(@Valid @RequestBody PairingRequest request) {
        return development.pair(request.urbanSchoolCode(), request.ruralSchoolCode(), request.startsOn(), request.endsOn());
    }

    @GetMapping("/pairings")
    Mono<List<SchoolPairing>> pairings(@RequestParam(required = false) String regionCode) {
        return development.pairings(regionCode);
    }
}
