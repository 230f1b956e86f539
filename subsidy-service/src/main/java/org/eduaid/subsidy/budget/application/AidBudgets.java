package org.eduaid.subsidy.budget.application;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eduaid.contracts.identity.Role;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContexts;
import org.eduaid.kit.outbox.AggregateAlreadyExistsException;
import org.eduaid.kit.outbox.StaleAggregateException;
import org.eduaid.kit.regions.RegionDirectory;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.web.ConflictException;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.subsidy.budget.domain.AidBudget;
import org.eduaid.subsidy.budget.domain.Allocation;
import org.eduaid.subsidy.budget.domain.BudgetExceededException;
import org.eduaid.subsidy.budget.domain.InvalidBudgetException;
import org.eduaid.subsidy.calendar.Term;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Budgets per county, programme and year: city and province officers set them; batches reserve,
 * lower and report disbursed money against them. A term's money counts against the calendar year
 * of its first day (autumn 2024-2025-1 → 2024, spring 2024-2025-2 → 2025), as budgets are voted
 * per calendar year.
 */
@Service
public class AidBudgets {

    /** Concurrent seals of one county's batches race for the same budget document: re-read and retry. */
    private static final Retry ON_STALE = Retry.backoff(20, Duration.ofMillis(5)).maxBackoff(Duration.ofMillis(200))
            .filter(StaleAggregateException.class::isInstance)
            .onRetryExhaustedThrow((spec, signal) -> signal.failure());

    private final BudgetRepository budgets;
    private final RegionDirectory regions;
    private final TraceContexts traces;
    private final Clock clock;

    public AidBudgets(BudgetRepository budgets, RegionDirectory regions, TraceContexts traces, Clock clock) {
        this.budgets = budgets;
        this.regions = regions;
        this.traces = traces;
        this.clock = clock;
    }

    public static int yearOf(Term term) {
        return term.firstDay().getYear();
    }

    public static String budgetIdOf(String countyCode, String programmeCode, Term term) {
        return AidBudget.idOf(countyCode, programmeCode, yearOf(term));
    }

    /** Sets a budget; {@code expectedVersion} is null (or 0) for a new one. */
    public Mono<VersionedBudget> set(String countyCode, String programmeCode, int year, Allocation allocation,
            Long expectedVersion) {
        return Access.permit("set aid budgets", Role.CITY_OFFICER, Role.PROVINCE_OFFICER, Role.PLATFORM_ADMIN)
                .flatMap(caller -> {
                    if (!regions.isCounty(countyCode)) {
                        return Mono.error(InvalidRequestException.of("countyCode", "is not a county in the national division list"));
                    }
                    if (!programmeCode.matches("[A-Z0-9_-]{2,40}")) {
                        return Mono.error(InvalidRequestException.of("programmeCode", "is not a programme code"));
                    }
                    if (year < 2000 || year > 2200) {
                        return Mono.error(InvalidRequestException.of("year", "must be a year between 2000 and 2200"));
                    }
                    String id = AidBudget.idOf(countyCode, programmeCode, year);
                    return Access.withinScope(caller.canSeeRegion(countyCode), caller, "county " + countyCode)
                            .then(Audit.action("budget.set")).then(Audit.touched("budget:" + id))
                            .then(traces.current())
                            .flatMap(trace -> budgets.find(id)
                                    .map(found -> {
                                        if (expectedVersion == null || expectedVersion != found.version()) {
                                            throw new StaleAggregateException("aid_budgets", id,
                                                    expectedVersion == null ? -1 : expectedVersion);
                                        }
                                        return found.budget().reallocate(allocation, clock.instant());
                                    })
                                    .flatMap(changed -> budgets.update(changed, expectedVersion, trace)
                                            .map(version -> new VersionedBudget(changed.aggregate(), version)))
                                    .switchIfEmpty(Mono.defer(() -> {
                                        if (expectedVersion != null && expectedVersion != 0) {
                                            return Mono.error(new StaleAggregateException("aid_budgets", id, expectedVersion));
                                        }
                                        var created = AidBudget.allocate(countyCode, programmeCode, year, allocation,
                                                clock.instant());
                                        return budgets.add(created, trace)
                                                .map(version -> new VersionedBudget(created.aggregate(), version))
                                                .onErrorMap(AggregateAlreadyExistsException.class,
                                                        e -> new ConflictException("The budget " + id
                                                                + " was just set by someone else; reload and try again."));
                                    })));
                })
                .onErrorMap(InvalidBudgetException.class, e -> InvalidRequestException.of(e.field(), e.getMessage()));
    }

    /** Budgets of a year in the region (a county, city, province, or all for the platform admin). */
    public Mono<List<VersionedBudget>> list(String regionCode, int year) {
        return Access.permit("read aid budgets", Role.COUNTY_OFFICER, Role.CITY_OFFICER, Role.PROVINCE_OFFICER,
                        Role.AUDITOR, Role.PLATFORM_ADMIN)
                .flatMap(caller -> {
                    String region = regionCode == null || regionCode.isBlank() ? caller.scope().prefix() : regionCode;
                    if (region == null) {
                        region = "";
                    }
                    if (!region.isEmpty() && !region.matches("\\d{2}|\\d{4}|\\d{6}")) {
                        return Mono.error(InvalidRequestException.of("regionCode", "must be a 2, 4 or 6-digit region code"));
                    }
                    String prefix = region;
                    return Access.withinScope(prefix.isEmpty() ? caller.scope().isNationwide() : caller.canSeeRegion(prefix),
                                    caller, "region " + prefix)
                            .then(budgets.ofYear(prefix, year).collectSortedList(
                                    (a, b) -> a.budget().id().compareTo(b.budget().id())));
                });
    }

    /** A budget by id, for batches (no access check: the batch's own check covers it). */
    public Mono<VersionedBudget> find(String budgetId) {
        return budgets.find(budgetId);
    }

    /** Reserves {@code amountFen} for the batch (set, not added: idempotent), or fails with what is left. */
    public Mono<VersionedBudget> reserve(String budgetId, String batchId, long amountFen) {
        return change(budgetId, budget -> budget.reserve(batchId, amountFen))
                .switchIfEmpty(Mono.error(() -> new BudgetExceededException(budgetId, 0, amountFen)));
    }

    /** Lowers the batch's reservation to {@code amountFen}: the rest goes back to the budget. */
    public Mono<VersionedBudget> lower(String budgetId, String batchId, long amountFen) {
        return change(budgetId, budget -> budget.reservations().getOrDefault(batchId, 0L) <= amountFen ? budget
                : budget.lowerReservation(batchId, amountFen));
    }

    /** What the bank confirmed paid in {@code batchId} (absolute, so repeating it is harmless). */
    public Mono<VersionedBudget> recordDisbursed(String budgetId, String batchId, long amountFen) {
        return change(budgetId, budget -> budget.withDisbursed(batchId, amountFen));
    }

    private Mono<VersionedBudget> change(String budgetId, UnaryOperator<AidBudget> change) {
        return Mono.defer(() -> budgets.find(budgetId).flatMap(found -> {
            AidBudget changed = change.apply(found.budget());
            if (changed.equals(found.budget())) {
                return Mono.just(found);
            }
            return traces.current().flatMap(trace -> budgets.update(ResultWithEvents.of(changed), found.version(), trace))
                    .map(version -> new VersionedBudget(changed, version));
        })).retryWhen(ON_STALE);
    }
}
