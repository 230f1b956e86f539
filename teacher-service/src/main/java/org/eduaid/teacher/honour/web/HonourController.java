package org.eduaid.teacher.honour.web;

import java.util.List;

import org.eduaid.teacher.honour.application.HonourRuns;
import org.eduaid.teacher.honour.domain.RuralTeachingHonour;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import reactor.core.publisher.Mono;

/** Honours for 20 and 30 years of rural teaching: found by a yearly run, listed per region and year. */
@RestController
@Validated
@RequestMapping("/api/teachers/honours")
class HonourController {

    private final HonourRuns runs;

    HonourController(HonourRuns runs) {
        this.runs = runs;
    }

    record RunRequest(@NotNull String regionCode, @NotNull Integer year) {
    }

    record HonourList(List<RuralTeachingHonour> honours, long twentyYears, long thirtyYears) {
    }

    @PostMapping("/runs")
    Mono<HonourRuns.RunResult> run(@Valid @RequestBody RunRequest request) {
        return runs.run(request.regionCode(), request.year());
    }

    @GetMapping
    Mono<HonourList> awarded(@RequestParam(required = false) String regionCode, @RequestParam int year) {
        return runs.awarded(regionCode, year).map(honours -> new HonourList(honours,
                honours.stream().filter(h -> h.years() == 20).count(), honours.stream().filter(h -> h.years() == 30).count()));
    }
}
