package org.eduaid.teacher.allowance.web;

import java.util.List;

import org.eduaid.kit.web.idempotency.IdempotencyKey;
import org.eduaid.kit.web.idempotency.IdempotentCommands;
import org.eduaid.teacher.allowance.application.AllowanceSettings;
import org.eduaid.teacher.allowance.application.PayrollRecord;
import org.eduaid.teacher.allowance.application.Payrolls;
import org.eduaid.teacher.allowance.domain.AllowancePayment;
import org.eduaid.teacher.allowance.domain.AllowanceStandard;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import reactor.core.publisher.Mono;

/**
 * The rural teacher living allowance (乡村教师生活补助): standards, school tiers, monthly payrolls, the
 * bank's answers and the retry list. Every command that moves money needs an Idempotency-Key.
 */
@RestController
@Validated
@RequestMapping("/api/teachers/allowances")
class AllowanceController {

    private final Payrolls payrolls;
    private final AllowanceSettings settings;
    private final IdempotentCommands commands;

    AllowanceController(Payrolls payrolls, AllowanceSettings settings, IdempotentCommands commands) {
        this.payrolls = payrolls;
        this.settings = settings;
        this.commands = commands;
    }

    record PayrollRequest(@NotNull String regionCode, @NotNull String month) {
    }

    record RateRequest(@NotNull String tier, @NotNull @Positive Long fen, @NotNull String from) {
    }

    record TierRequest(@NotNull String tier) {
    }

    record PaymentView(String paymentId, String teacherId, String month, String schoolCode, String countyCode,
            String tier, long amountFen, String state, int attempts, List<AllowancePayment.Entry> entries) {

        static PaymentView of(AllowancePayment payment) {
            return new PaymentView(payment.id(), payment.teacherId(), payment.month(), payment.schoolCode(),
                    payment.countyCode(), payment.tier().name(), payment.amountFen(), payment.state().name(),
                    payment.attempts(), payment.entries());
        }
    }

    record PaymentList(List<PaymentView> payments, long totalFen) {

        static PaymentList of(List<AllowancePayment> payments) {
            return new PaymentList(payments.stream().map(PaymentView::of).toList(),
                    payments.stream().mapToLong(AllowancePayment::amountFen).sum());
        }
    }

    /** One month's payroll for a county, city or province (one payroll per county in it). */
    @PostMapping("/payrolls")
    Mono<Payrolls.RunResult> run(@Valid @RequestBody PayrollRequest request,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        return commands.onceForCaller("allowance.payroll", key, request, Payrolls.RunResult.class,
                () -> payrolls.run(request.regionCode(), request.month()));
    }

    @GetMapping("/payrolls")
    Mono<List<PayrollRecord>> list(@RequestParam(required = false) String regionCode, @RequestParam String month) {
        return payrolls.list(regionCode, month).collectList();
    }

    @GetMapping("/payrolls/{payrollId}")
    Mono<PayrollRecord> payroll(@PathVariable String payrollId) {
        return payrolls.find(payrollId);
    }

    /** The payroll's payments, for the bank (teacher ids only: the bank matches by payment id). */
    @GetMapping("/payrolls/{payrollId}/payments")
    Mono<PaymentList> payments(@PathVariable String payrollId) {
        return payrolls.paymentsOf(payrollId).map(PaymentList::of);
    }

    @PostMapping("/payrolls/{payrollId}/results")
    Mono<Payrolls.ResultsOutcome> results(@PathVariable String payrollId, @RequestBody List<Payrolls.BankResult> results,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        return commands.onceForCaller("allowance.results", key, results, Payrolls.ResultsOutcome.class,
                () -> payrolls.results(payrollId, results));
    }

    @GetMapping("/retries")
    Mono<PaymentList> retries(@RequestParam String countyCode) {
        return payrolls.retries(countyCode).map(PaymentList::of);
    }

    @PostMapping("/payments/{paymentId}/resubmission")
    Mono<PaymentView> resubmit(@PathVariable String paymentId,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        return commands.onceForCaller("allowance.resubmit", key, paymentId, PaymentView.class,
                () -> payrolls.resubmit(paymentId).map(PaymentView::of));
    }

    @GetMapping("/standards/{provinceCode}")
    Mono<AllowanceStandard> standard(@PathVariable String provinceCode) {
        return settings.standard(provinceCode);
    }

    /** A new monthly rate in fen for a tier from a month on. */
    @PostMapping("/standards/{provinceCode}/rates")
    Mono<AllowanceStandard> setRate(@PathVariable String provinceCode, @Valid @RequestBody RateRequest request) {
        return settings.setRate(provinceCode, request.tier(), request.fen(), request.from());
    }

    @PutMapping("/schools/{schoolCode}/tier")
    Mono<TierRequest> setTier(@PathVariable String schoolCode, @Valid @RequestBody TierRequest request) {
        return settings.setSchoolTier(schoolCode, request.tier()).map(TierRequest::new);
    }
}
