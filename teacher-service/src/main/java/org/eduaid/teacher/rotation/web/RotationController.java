package org.eduaid.teacher.rotation.web;

import java.time.LocalDate;
import java.util.List;

import org.eduaid.teacher.rotation.application.ExchangeRuns;
import org.eduaid.teacher.rotation.application.RotationPlans;
import org.eduaid.teacher.rotation.application.RotationRepository.Versioned;
import org.eduaid.teacher.rotation.domain.PlanFigures;
import org.eduaid.teacher.rotation.domain.PlannedExchange;
import org.eduaid.teacher.rotation.domain.RotationPlan;
import org.eduaid.teacher.rotation.domain.RotationRules;
import org.eduaid.kit.web.InvalidRequestException;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import reactor.core.publisher.Mono;

/** Exchange and rotation (交流轮岗): rules, the county's plan, the exchanges and the figures by direction. */
@RestController
@Validated
@RequestMapping("/api/teachers/rotation")
class RotationController {

    private final RotationPlans plans;
    private final ExchangeRuns exchanges;

    RotationController(RotationPlans plans, ExchangeRuns exchanges) {
        this.plans = plans;
        this.exchanges = exchanges;
    }

    record ProposalRequest(@NotNull String countyCode, @NotNull String schoolYear) {
    }

    record EditRequest(@NotNull List<RotationPlans.PlanLine> exchanges, @NotNull @PositiveOrZero Long expectedVersion) {
    }

    record ApprovalRequest(@NotNull @PositiveOrZero Long expectedVersion, String override) {
    }

    record RunRequest(@NotNull LocalDate on) {
    }

    record CancellationRequest(@NotNull String reason, LocalDate homeFrom) {
    }

    record PlanView(String planId, String countyCode, String schoolYear, String state, boolean meetsTheRules,
            List<String> violations, PlanFigures figures, List<ExchangeLine> exchanges, String override, long version) {

        static PlanView of(Versioned<RotationPlan> found) {
            RotationPlan plan = found.value();
            return new PlanView(plan.id(), plan.countyCode(), plan.schoolYear(), plan.state().name(),
                    plan.proposal().meetsTheRules(), plan.proposal().violations(), plan.proposal().figures(),
                    plan.proposal().exchanges().stream().map(ExchangeLine::of).toList(), plan.override(), found.version());
        }
    }

    record ExchangeLine(String teacherId, boolean principal, boolean backbone, String fromSchoolCode, String toSchoolCode,
            String direction) {

        static ExchangeLine of(PlannedExchange exchange) {
            return new ExchangeLine(exchange.teacherId(), exchange.principal(), exchange.backbone(),
                    exchange.fromSchoolCode(), exchange.toSchoolCode(), exchange.direction().name());
        }
    }

    /** The planner proposes (or proposes again) the county's plan for the school year. */
    @PostMapping("/plans")
    Mono<PlanView> propose(@Valid @RequestBody ProposalRequest request) {
        return plans.propose(request.countyCode(), request.schoolYear()).map(PlanView::of);
    }

    @GetMapping("/plans/{planId}")
    Mono<PlanView> plan(@PathVariable String planId) {
        return plans.find(planId).map(PlanView::of);
    }

    @PutMapping("/plans/{planId}/exchanges")
    Mono<PlanView> edit(@PathVariable String planId, @Valid @RequestBody EditRequest request) {
        return plans.edit(planId, request.exchanges(), request.expectedVersion()).map(PlanView::of);
    }

    @PostMapping("/plans/{planId}/approval")
    Mono<PlanView> approve(@PathVariable String planId, @Valid @RequestBody ApprovalRequest request) {
        return plans.approve(planId, request.expectedVersion(), request.override()).map(PlanView::of);
    }

    @GetMapping("/rules/{provinceCode}")
    Mono<RotationRules> rules(@PathVariable String provinceCode) {
        return plans.rules(provinceCode);
    }

    @PutMapping("/rules/{provinceCode}")
    Mono<RotationRules> setRules(@PathVariable String provinceCode, @RequestBody RotationRules rules) {
        RotationRules checked;
        try {
            checked = new RotationRules(provinceCode, rules.dueAfterYears(), rules.minimumSharePercent(),
                    rules.backboneSharePercent(), rules.exchangeYears(), rules.maxSharePerSchoolPercent());
        } catch (IllegalArgumentException e) {
            return Mono.error(InvalidRequestException.of("rules", e.getMessage()));
        }
        return plans.setRules(checked);
    }

    @GetMapping("/exchanges")
    Mono<List<org.eduaid.teacher.rotation.domain.TeacherExchange>> exchanges(@RequestParam String regionCode,
            @RequestParam String schoolYear) {
        return exchanges.summary(regionCode, schoolYear).then(exchanges.exchanges(regionCode, schoolYear).collectList());
    }

    @GetMapping("/summary")
    Mono<ExchangeRuns.Summary> summary(@RequestParam String regionCode, @RequestParam String schoolYear) {
        return exchanges.summary(regionCode, schoolYear);
    }

    /** Calls an exchange off: cancelled before it starts, or ended early with the teacher home on {@code homeFrom}. */
    @PostMapping("/exchanges/{exchangeId}/cancellation")
    Mono<org.eduaid.teacher.rotation.domain.TeacherExchange> cancel(@PathVariable String exchangeId,
            @Valid @RequestBody CancellationRequest request) {
        return exchanges.cancel(exchangeId, request.homeFrom(), request.reason());
    }

    /** Starts and ends the exchanges due on a day now, instead of waiting for the nightly run. */
    @PostMapping("/exchanges/runs")
    Mono<ExchangeRuns.RunResult> run(@Valid @RequestBody RunRequest request) {
        return exchanges.runOn(request.on());
    }
}
