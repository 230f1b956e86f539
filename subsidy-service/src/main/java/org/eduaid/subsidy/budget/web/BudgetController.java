package org.eduaid.subsidy.budget.web;

import java.util.List;

import org.eduaid.subsidy.budget.application.AidBudgets;
import org.eduaid.subsidy.budget.application.VersionedBudget;
import org.eduaid.subsidy.budget.domain.AidBudget;
import org.eduaid.subsidy.budget.domain.Allocation;
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
import jakarta.validation.constraints.PositiveOrZero;
import reactor.core.publisher.Mono;

/** Budgets per county, programme and year, with what sealed batches committed and the bank paid. */
@RestController
@Validated
@RequestMapping("/api/subsidies/budgets")
class BudgetController {

    private final AidBudgets budgets;

    BudgetController(AidBudgets budgets) {
        this.budgets = budgets;
    }

    /** The allocation in fen with its shares, which must add up; {@code expectedVersion} 0 or absent for a new budget. */
    record BudgetRequest(@NotNull @PositiveOrZero Long allocatedFen, @NotNull @PositiveOrZero Long centralFen,
            @NotNull @PositiveOrZero Long provincialFen, @NotNull @PositiveOrZero Long countyFen,
            @PositiveOrZero Long expectedVersion) {
    }

    record BudgetView(String budgetId, String countyCode, String programmeCode, int year, long allocatedFen,
            long centralFen, long provincialFen, long countyFen, long committedFen, long disbursedFen,
            long remainingFen, long version) {

        static BudgetView of(VersionedBudget found) {
            AidBudget b = found.budget();
            Allocation a = b.allocated();
            return new BudgetView(b.id(), b.countyCode(), b.programmeCode(), b.year(), a.totalFen(), a.centralFen(),
                    a.provincialFen(), a.countyFen(), b.committedFen(), b.disbursedFen(), b.remainingFen(),
                    found.version());
        }
    }

    record BudgetList(List<BudgetView> budgets, long allocatedFen, long committedFen, long disbursedFen,
            long remainingFen) {
    }

    @PutMapping("/{countyCode}/{programmeCode}/{year}")
    Mono<BudgetView> set(@PathVariable String countyCode, @PathVariable String programmeCode, @PathVariable int year,
            @Valid @RequestBody BudgetRequest request) {
        return Mono.fromSupplier(() -> new Allocation(request.allocatedFen(), request.centralFen(),
                        request.provincialFen(), request.countyFen()))
                .flatMap(allocation -> budgets.set(countyCode, programmeCode, year, allocation, request.expectedVersion()))
                .onErrorMap(org.eduaid.subsidy.budget.domain.InvalidBudgetException.class,
                        e -> org.eduaid.kit.web.InvalidRequestException.of(e.field(), e.getMessage()))
                .map(BudgetView::of);
    }

    @GetMapping
    Mono<BudgetList> list(@RequestParam(required = false) String regionCode, @RequestParam int year) {
        return budgets.list(regionCode, year).map(found -> {
            List<BudgetView> views = found.stream().map(BudgetView::of).toList();
            return new BudgetList(views, views.stream().mapToLong(BudgetView::allocatedFen).sum(),
                    views.stream().mapToLong(BudgetView::committedFen).sum(),
                    views.stream().mapToLong(BudgetView::disbursedFen).sum(),
                    views.stream().mapToLong(BudgetView::remainingFen).sum());
        });
    }
}
