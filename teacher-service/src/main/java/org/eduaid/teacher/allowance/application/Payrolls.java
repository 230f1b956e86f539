package org.eduaid.teacher.allowance.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eduaid.contracts.identity.Role;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContexts;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.security.Caller;
import org.eduaid.kit.web.ConflictException;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.kit.web.ResourceNotFoundException;
import org.eduaid.teacher.allowance.application.PaymentRepository.VersionedPayment;
import org.eduaid.teacher.allowance.domain.AllowancePayment;
import org.eduaid.teacher.allowance.domain.PayrollMonth;
import org.eduaid.teacher.school.application.PostingSchool;
import org.eduaid.teacher.school.application.PostingSchools;
import org.eduaid.teacher.teacher.application.TeacherRegistry;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Monthly payrolls of the rural teacher living allowance. One run covers a county, a city or a
 * province: it reads the registry once, works out each teacher's month, and stores the payments a
 * thousand at a time. A payment's id is the teacher and the month, so a rerun, a concurrent run or an
 * overlapping province run finds the month paid and pays nothing twice.
 */
@Service
public class Payrolls {

    private static final int CHUNK = 1_000;
    private static final Role[] RUNNERS = {Role.COUNTY_OFFICER, Role.CITY_OFFICER, Role.PROVINCE_OFFICER, Role.PLATFORM_ADMIN};
    private static final Role[] READERS = {Role.COUNTY_OFFICER, Role.CITY_OFFICER, Role.PROVINCE_OFFICER, Role.AUDITOR,
            Role.PLATFORM_ADMIN};

    private final TeacherRegistry teachers;
    private final PostingSchools schools;
    private final AllowanceStandardRepository standards;
    private final PaymentRepository payments;
    private final PayrollRepository payrolls;
    private final TraceContexts traces;
    private final Clock clock;

    public Payrolls(TeacherRegistry teachers, PostingSchools schools,
            AllowanceStandardRepository standards, PaymentRepository payments, PayrollRepository payrolls,
            TraceContexts traces, Clock clock) {
        this.teachers = teachers;
        this.schools = schools;
        this.standards = standards;
        this.payments = payments;
        this.payrolls = payrolls;
        this.traces = traces;
        this.clock = clock;
    }

    /** What a run did: each county's payroll, and how many teachers it read. */
    public record RunResult(String regionCode, String month, long teachersRead, List<PayrollRecord> payrolls) {
    }

    public record BankResult(String paymentId, String outcome, String reason, LocalDate valueDate) {
    }

    public record ResultsOutcome(String payrollId, int disbursed, int failed, List<String> refused) {
    }

    public Mono<RunResult> run(String regionCode, String monthText) {
        YearMonth month = month(monthText);
        if (regionCode == null || !regionCode.matches("\\d{2}|\\d{4}|\\d{6}")) {
            return Mono.error(InvalidRequestException.of("regionCode", "is a province (2), city (4) or county (6) code"));
        }
        if (month.isAfter(YearMonth.now(clock))) {
            return Mono.error(InvalidRequestException.of("month", "has not begun yet"));
        }
        return Access.permit("run allowance payrolls", RUNNERS)
                .flatMap(caller -> Access.withinScope(caller.canSeeRegion(regionCode), caller, "region " + regionCode))
                .flatMap(caller -> Audit.action("allowance.payroll").then(Audit.touched("payroll:" + regionCode + "~" + month))
                        .then(rules(regionCode))
                        .flatMap(rules -> traces.current().flatMap(trace -> {
                            Instant now = clock.instant();
                            Map<String, Tally> tallies = new TreeMap<>();
                            long[] read = {0};
                            return teachers.servedIn(regionCode, month.atDay(1), month.atEndOfMonth())
                                    .doOnNext(teacher -> read[0]++)
                                    .flatMapIterable(teacher -> PayrollMonth.lineFor(teacher.teacherId(), teacher.service(),
                                                    month, rules::tierOf, rules).stream()
                                            .filter(line -> line.countyCode().startsWith(regionCode)).toList())
                                    .buffer(CHUNK)
                                    .concatMap(lines -> {
                                        List<ResultWithEvents<AllowancePayment>> approved = lines.stream()
                                                .map(line -> AllowancePayment.approve(line,
                                                        PayrollRecord.idOf(line.countyCode(), month.toString()), now))
                                                .toList();
                                        return payments.approveAll(approved, trace).doOnNext(existing -> {
                                            Set<String> paidBefore = Set.copyOf(existing);
                                            lines.forEach(line -> tallies.computeIfAbsent(line.countyCode(), Tally::new)
                                                    .add(line, paidBefore.contains(line.paymentId())));
                                        });
                                    })
                                    .then(Mono.defer(() -> {
                                        List<PayrollRecord> records = tallies.values().stream()
                                                .map(tally -> tally.record(month.toString(), now)).toList();
                                        return payrolls.saveAll(records)
                                                .thenReturn(new RunResult(regionCode, month.toString(), read[0], records));
                                    }));
                        })));
    }

    public Mono<PayrollRecord> find(String payrollId) {
        return Access.permit("read allowance payrolls", READERS)
                .then(Access.ifVisible(payrolls.find(payrollId), (caller, found) -> caller.canSeeRegion(found.countyCode()),
                        "payroll " + payrollId));
    }

    public Flux<PayrollRecord> list(String regionCode, String month) {
        return Access.permit("read allowance payrolls", READERS)
                .flatMapMany(caller -> payrolls.inRegion(regionCode == null ? "" : regionCode, month)
                        .filter(found -> caller.canSeeRegion(found.countyCode())));
    }

    public Mono<List<AllowancePayment>> paymentsOf(String payrollId) {
        return find(payrollId).flatMap(payroll -> payments.ofPayroll(payroll.countyCode(), payroll.month())
                .map(VersionedPayment::payment).collectList()
                .flatMap(found -> Audit.disclosed(found.stream().map(p -> "teacher:" + p.teacherId()).toArray(String[]::new))
                        .thenReturn(found)));
    }

    /** The bank's answers for payments of one payroll; a payment already answered is refused, the others applied. */
    public Mono<ResultsOutcome> results(String payrollId, List<BankResult> results) {
        if (results == null || results.isEmpty() || results.size() > CHUNK) {
            return Mono.error(InvalidRequestException.of("results", "must hold 1 to " + CHUNK + " results"));
        }
        return Access.permit("record bank results", Role.COUNTY_OFFICER, Role.PLATFORM_ADMIN)
                .flatMap(caller -> find(payrollId).flatMap(payroll -> Audit.action("allowance.results")
                        .then(Audit.touched("payroll:" + payrollId))
                        .then(payments.find(results.stream().map(BankResult::paymentId).distinct().toList())
                                .collectMap(found -> found.payment().id()))
                        .flatMap(found -> apply(payroll, results, found))));
    }

    private Mono<ResultsOutcome> apply(PayrollRecord payroll, List<BankResult> results, Map<String, VersionedPayment> found) {
        Instant now = clock.instant();
        List<PaymentRepository.Change> changes = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int[] counts = {0, 0};
        Map<String, Boolean> seen = new HashMap<>();
        for (BankResult result : results) {
            VersionedPayment payment = found.get(result.paymentId());
            if (payment == null || !payment.payment().payrollId().equals(payroll.payrollId())
                    || seen.put(result.paymentId(), true) != null || !payment.payment().awaitingTheBank()) {
                refused.add(result.paymentId());
                continue;
            }
            if ("DISBURSED".equals(result.outcome()) && result.valueDate() != null) {
                changes.add(new PaymentRepository.Change(payment.payment().disbursed(result.valueDate(), now), payment.version()));
                counts[0]++;
            } else if ("FAILED".equals(result.outcome())) {
                String reason = result.reason() == null || !result.reason().matches("[A-Z_]{2,40}") ? "UNSPECIFIED" : result.reason();
                changes.add(new PaymentRepository.Change(payment.payment().failed(reason, now), payment.version()));
                counts[1]++;
            } else {
                refused.add(result.paymentId());
            }
        }
        return traces.current().flatMap(trace -> payments.updateAll(changes, trace))
                .map(outcome -> {
                    refused.addAll(outcome.stale());
                    return new ResultsOutcome(payroll.payrollId(), counts[0] - staleOf(outcome.stale(), changes, "DISBURSED"),
                            counts[1] - staleOf(outcome.stale(), changes, "FAILED"), refused);
                });
    }

    private static int staleOf(List<String> stale, List<PaymentRepository.Change> changes, String state) {
        return (int) changes.stream().filter(change -> stale.contains(change.changed().aggregate().id())
                && change.changed().aggregate().state().name().equals(state)).count();
    }

    /** A county's failed payments, waiting to go to the bank again. */
    public Mono<List<AllowancePayment>> retries(String countyCode) {
        return Access.permit("read allowance retries", READERS)
                .flatMap(caller -> Access.withinScope(caller.canSeeRegion(countyCode), caller, "county " + countyCode))
                .then(payments.failedIn(countyCode).map(VersionedPayment::payment).collectList());
    }

    public Mono<AllowancePayment> resubmit(String paymentId) {
        return Access.permit("resubmit allowance payments", Role.COUNTY_OFFICER, Role.PLATFORM_ADMIN)
                .then(Access.ifVisible(payments.find(List.of(paymentId)).next(),
                        (caller, found) -> caller.canSeeRegion(found.payment().countyCode()), "payment " + paymentId))
                .flatMap(found -> {
                    if (found.payment().state() != AllowancePayment.State.FAILED) {
                        return Mono.error(new ConflictException("The payment is " + found.payment().state()
                                + "; only a failed payment is resubmitted."));
                    }
                    ResultWithEvents<AllowancePayment> again = found.payment().resubmit(clock.instant());
                    return Audit.action("allowance.resubmit").then(Audit.touched("payment:" + paymentId))
                            .then(traces.current())
                            .flatMap(trace -> payments.updateAll(List.of(new PaymentRepository.Change(again, found.version())), trace))
                            .flatMap(outcome -> outcome.allStored() ? Mono.just(again.aggregate())
                                    : Mono.error(new ConflictException("The payment changed meanwhile; reload it and try again.")));
                });
    }

    private Mono<AllowanceRules> rules(String regionCode) {
        return Mono.zip(standards.standards().collectList().map(AllowanceRules::withDefaults), standards.schoolTiers(),
                        schools.inRegion(regionCode).collectMap(PostingSchool::schoolCode))
                .map(all -> new AllowanceRules(all.getT1(), all.getT2(), all.getT3()));
    }

    static YearMonth month(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text);
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.of("month", "is a month such as 2026-09");
        }
    }

    private static final class Tally {
        private final String countyCode;
        private final Map<String, Integer> byTier = new TreeMap<>();
        private int teachers;
        private int approved;
        private int paidBefore;
        private long totalFen;

        Tally(String countyCode) {
            this.countyCode = countyCode;
        }

        void add(PayrollMonth.Line line, boolean alreadyPaid) {
            teachers++;
            totalFen += line.amountFen();
            byTier.merge(line.tier().name(), 1, Integer::sum);
            if (alreadyPaid) {
                paidBefore++;
            } else {
                approved++;
            }
        }

        PayrollRecord record(String month, Instant at) {
            return new PayrollRecord(PayrollRecord.idOf(countyCode, month), countyCode, month, teachers, approved,
                    paidBefore, totalFen, Map.copyOf(byTier), at);
        }
    }
}
