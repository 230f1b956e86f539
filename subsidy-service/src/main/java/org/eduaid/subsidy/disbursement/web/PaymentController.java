package org.eduaid.subsidy.disbursement.web;

import org.eduaid.kit.web.idempotency.IdempotencyKey;
import org.eduaid.subsidy.disbursement.application.Payments;
import org.eduaid.subsidy.disbursement.web.DisbursementViews.LedgerView;
import org.eduaid.subsidy.disbursement.web.DisbursementViews.PaymentView;
import org.eduaid.subsidy.disbursement.web.DisbursementViews.RetryList;
import org.eduaid.kit.web.InvalidRequestException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

/** Single payments, the retry list and the ledger. Return, resubmission and recovery need an Idempotency-Key. */
@RestController
@Validated
@RequestMapping("/api/subsidies")
class PaymentController {

    static final int MAX_PAGE_SIZE = 500;

    private final Payments payments;
    private final MoneyCommands money;

    PaymentController(Payments payments, MoneyCommands money) {
        this.payments = payments;
        this.money = money;
    }

    record ReturnRequest(@NotBlank @Size(max = 200) String reason) {
    }

    record RecoveryRequest(@NotNull @Positive Long amountFen, @NotBlank @Size(max = 500) String reason) {
    }

    record PaymentCommand(String paymentId, Object body) {
    }

    @GetMapping("/payments/retries")
    Mono<RetryList> retries(@RequestParam(required = false) String countyCode) {
        return payments.retries(countyCode).map(list -> new RetryList(countyCode,
                list.stream().map(p -> PaymentView.of(p, -1)).toList()));
    }

    @GetMapping("/payments/{paymentId}")
    Mono<PaymentView> find(@PathVariable String paymentId) {
        return Mono.fromSupplier(() -> Ids.payment(paymentId)).flatMap(payments::find).map(PaymentView::of);
    }

    @PostMapping("/payments/{paymentId}/return")
    Mono<PaymentView> returned(@PathVariable String paymentId, @Valid @RequestBody ReturnRequest request,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        return Mono.fromSupplier(() -> Ids.payment(paymentId))
                .flatMap(id -> money.once("subsidy.payment.return:" + id, key, new PaymentCommand(id, request),
                        PaymentView.class, () -> payments.returned(id, request.reason()).map(PaymentView::of)));
    }

    @PostMapping("/payments/{paymentId}/resubmission")
    Mono<PaymentView> resubmit(@PathVariable String paymentId,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        return Mono.fromSupplier(() -> Ids.payment(paymentId))
                .flatMap(id -> money.once("subsidy.payment.resubmit:" + id, key, new PaymentCommand(id, null),
                        PaymentView.class, () -> payments.resubmit(id).map(PaymentView::of)));
    }

    @PostMapping("/payments/{paymentId}/recovery")
    Mono<PaymentView> recover(@PathVariable String paymentId, @Valid @RequestBody RecoveryRequest request,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        return Mono.fromSupplier(() -> Ids.payment(paymentId))
                .flatMap(id -> money.once("subsidy.payment.recover:" + id, key, new PaymentCommand(id, request),
                        PaymentView.class,
                        () -> payments.recover(id, request.amountFen(), request.reason()).map(PaymentView::of)));
    }

    @GetMapping("/ledger")
    Mono<LedgerView> ledger(@RequestParam(required = false) String countyCode,
            @RequestParam(required = false) String programmeCode, @RequestParam(required = false) String term,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        if (page < 0) {
            return Mono.error(InvalidRequestException.of("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            return Mono.error(InvalidRequestException.of("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        return payments.ledger(countyCode, programmeCode, term, page, size).map(LedgerView::of);
    }
}
