package org.eduaid.teacher.teacher.web;

import java.util.List;

import org.eduaid.teacher.teacher.application.SpecialPostQuotas;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import reactor.core.publisher.Mono;

/** Special-post (特岗计划) quotas and what became of the posts. */
@RestController
@Validated
@RequestMapping("/api/teachers/special-posts")
class SpecialPostController {

    private final SpecialPostQuotas quotas;

    SpecialPostController(SpecialPostQuotas quotas) {
        this.quotas = quotas;
    }

    record QuotaRequest(@NotNull Integer posted) {
    }

    @PutMapping("/quotas/{countyCode}/{year}")
    Mono<QuotaRequest> set(@PathVariable String countyCode, @PathVariable int year, @Valid @RequestBody QuotaRequest request) {
        return quotas.setQuota(countyCode, year, request.posted()).map(QuotaRequest::new);
    }

    @GetMapping("/quotas")
    Mono<List<SpecialPostQuotas.QuotaFigures>> figures(@RequestParam String regionCode, @RequestParam int year) {
        return quotas.figures(regionCode, year);
    }
}
