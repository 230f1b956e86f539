package org.eduaid.subsidy.budget.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.eduaid.contracts.subsidy.AidAmount;
import org.eduaid.contracts.subsidy.AidBudgetAllocated;
import org.eduaid.kit.domain.ResultWithEvents;

/**
 * A county's budget for one programme and (calendar) year, id {@code countyCode~programmeCode~year}.
 * Batches reserve money against it when sealed; each reservation is kept per batch id and is set,
 * never added to, so sealing (or releasing) the same batch twice reserves nothing twice.
 *
 * @param reservations batch id → fen committed by that batch (its approved payments, less those stopped)
 * @param disbursed batch id → fen the bank confirmed paid in that batch
 */
public record AidBudget(String id, String countyCode, String programmeCode, int year, Allocation allocated,
        Map<String, Long> reservations, Map<String, Long> disbursed, Instant allocatedAt) {

    public AidBudget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(allocated, "allocated");
        reservations = Map.copyOf(reservations == null ? Map.of() : reservations);
        disbursed = Map.copyOf(disbursed == null ? Map.of() : disbursed);
    }

    public static String idOf(String countyCode, String programmeCode, int year) {
        return countyCode + "~" + programmeCode + "~" + year;
    }

    /** A budget set for the first time. */
    public static ResultWithEvents<AidBudget> allocate(String countyCode, String programmeCode, int year,
            Allocation allocation, Instant at) {
        AidBudget budget = new AidBudget(idOf(countyCode, programmeCode, year), countyCode, programmeCode, year,
                allocation, Map.of(), Map.of(), at);
        return ResultWithEvents.of(budget, budget.allocatedEvent());
    }

    /** A new allocation; it may not fall below what batches have already committed. */
    public ResultWithEvents<AidBudget> reallocate(Allocation allocation, Instant at) {
        if (allocation.totalFen() < committedFen()) {
            throw new InvalidBudgetException("allocatedFen", "cannot fall below the " + committedFen()
                    + " fen sealed batches have already committed");
        }
        AidBudget changed = new AidBudget(id, countyCode, programmeCode, year, allocation, reservations, disbursed, at);
        return ResultWithEvents.of(changed, changed.allocatedEvent());
    }

    public long committedFen() {
        return reservations.values().stream().mapToLong(Long::longValue).sum();
    }

    public long disbursedFen() {
        return disbursed.values().stream().mapToLong(Long::longValue).sum();
    }

    public long remainingFen() {
        return allocated.totalFen() - committedFen();
    }

    /** What is left for {@code batchId}: the remaining money plus what that batch already holds. */
    public long remainingFor(String batchId) {
        return remainingFen() + reservations.getOrDefault(batchId, 0L);
    }

    /**
     * Sets the batch's reservation to {@code amountFen}; fails without change if the budget cannot
     * carry it. The same call again changes nothing.
     */
    public AidBudget reserve(String batchId, long amountFen) {
        if (amountFen < 0) {
            throw new IllegalArgumentException("a reservation is not negative");
        }
        long available = remainingFor(batchId);
        if (amountFen > available) {
            throw new BudgetExceededException(id, available, amountFen);
        }
        return withReservation(batchId, amountFen);
    }

    /** Lowers the batch's reservation (payments found already paid, or stopped at release): money goes back. */
    public AidBudget lowerReservation(String batchId, long amountFen) {
        if (amountFen < 0 || amountFen > reservations.getOrDefault(batchId, 0L)) {
            throw new IllegalArgumentException("a reservation can only be lowered to an amount between 0 and itself");
        }
        return withReservation(batchId, amountFen);
    }

    public AidBudget withDisbursed(String batchId, long amountFen) {
        Map<String, Long> changed = new LinkedHashMap<>(disbursed);
        changed.put(batchId, amountFen);
        return new AidBudget(id, countyCode, programmeCode, year, allocated, reservations, changed, allocatedAt);
    }

    private AidBudget withReservation(String batchId, long amountFen) {
        Map<String, Long> changed = new LinkedHashMap<>(reservations);
        changed.put(batchId, amountFen);
        return new AidBudget(id, countyCode, programmeCode, year, allocated, changed, disbursed, allocatedAt);
    }

    private AidBudgetAllocated allocatedEvent() {
        return new AidBudgetAllocated(id, countyCode, programmeCode, year, new AidAmount(allocated.totalFen(),
                allocated.centralFen(), allocated.provincialFen(), allocated.countyFen()), allocatedAt);
    }
}
