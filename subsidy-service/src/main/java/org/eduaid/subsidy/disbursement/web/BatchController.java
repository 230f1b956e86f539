package org.eduaid.subsidy.disbursement.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eduaid.kit.export.AttachmentHeaders;
import org.eduaid.kit.export.CsvWriter;
import org.eduaid.kit.export.ExportFileName;
import org.eduaid.kit.web.idempotency.IdempotencyKey;
import org.eduaid.subsidy.disbursement.application.BankResult;
import org.eduaid.subsidy.disbursement.application.BatchPreview;
import org.eduaid.subsidy.disbursement.application.Disbursements;
import org.eduaid.subsidy.disbursement.application.ResultsSummary;
import org.eduaid.subsidy.disbursement.web.DisbursementViews.BatchView;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Disbursement batches per county, programme and term: create, preview, seal, release, the bank
 * list and the bank's results. Seal, release and results need an Idempotency-Key.
 */
@RestController
@Validated
@RequestMapping("/api/subsidies/batches")
class BatchController {

    private final Disbursements disbursements;
    private final MoneyCommands money;

    BatchController(Disbursements disbursements, MoneyCommands money) {
        this.disbursements = disbursements;
        this.money = money;
    }

    record CreateRequest(@NotBlank String countyCode, @NotBlank String programmeCode, @NotBlank String term) {
    }

    /** {@code expectedVersion}: the batch's version when it was previewed. */
    record SealRequest(@NotNull @PositiveOrZero Long expectedVersion) {
    }

    record ResultLine(@NotBlank String paymentId, @NotNull BankResult.Outcome outcome, @Size(max = 200) String reason,
            LocalDate valueDate) {
    }

    record Sealing(String batchId, long expectedVersion) {
    }

    record Releasing(String batchId) {
    }

    record Results(String batchId, List<ResultLine> lines) {
    }

    @PostMapping
    Mono<BatchView> create(@Valid @RequestBody CreateRequest request) {
        return disbursements.create(request.countyCode(), request.programmeCode(), request.term()).map(BatchView::of);
    }

    @GetMapping("/{batchId}")
    Mono<BatchView> find(@PathVariable String batchId) {
        return Mono.fromSupplier(() -> Ids.batch(batchId)).flatMap(disbursements::find).map(BatchView::of);
    }

    @GetMapping("/{batchId}/preview")
    Mono<BatchPreview> preview(@PathVariable String batchId) {
        return Mono.fromSupplier(() -> Ids.batch(batchId)).flatMap(disbursements::preview);
    }

    @PostMapping("/{batchId}/seal")
    Mono<BatchView> seal(@PathVariable String batchId, @Valid @RequestBody SealRequest request,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        return Mono.fromSupplier(() -> Ids.batch(batchId))
                .flatMap(id -> money.once("subsidy.batch.seal:" + id, key, new Sealing(id, request.expectedVersion()),
                        BatchView.class, () -> disbursements.seal(id, request.expectedVersion()).map(BatchView::of)));
    }

    @PostMapping("/{batchId}/release")
    Mono<BatchView> release(@PathVariable String batchId,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        return Mono.fromSupplier(() -> Ids.batch(batchId))
                .flatMap(id -> money.once("subsidy.batch.release:" + id, key, new Releasing(id), BatchView.class,
                        () -> disbursements.release(id).map(BatchView::of)));
    }

    @PostMapping("/{batchId}/results")
    Mono<ResultsSummary> results(@PathVariable String batchId, @RequestBody List<@Valid ResultLine> lines,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        return Mono.fromSupplier(() -> Ids.batch(batchId))
                .flatMap(id -> money.once("subsidy.batch.results:" + id, key, new Results(id, lines), ResultsSummary.class,
                        () -> disbursements.results(id, lines.stream().map(l -> new BankResult(l.paymentId(),
                                l.outcome(), l.reason(), l.valueDate())).toList())));
    }

    /**
     * The bank list as CSV for Excel: payment id (the bank matches results by it), masked name,
     * amount in yuan and in fen. No account numbers: the bank holds them.
     */
    @GetMapping("/{batchId}/payments")
    Mono<Void> bankList(@PathVariable String batchId, ServerHttpResponse response) {
        return Mono.fromSupplier(() -> Ids.batch(batchId)).flatMap(id -> {
            ExportFileName name = ExportFileName.report("aid-bank-list").region(id.substring(0, 6)).csv();
            AttachmentHeaders.applyTo(response.getHeaders(), name);
            DataBufferFactory buffers = response.bufferFactory();
            Flux<DataBuffer> rows = disbursements.bankList(id).buffer(500).map(chunk -> {
                StringBuilder text = new StringBuilder();
                chunk.forEach(p -> text.append(CsvWriter.line(Arrays.asList(p.id(), p.maskedName(),
                        BigDecimal.valueOf(p.amount().totalFen(), 2).toPlainString(), p.amount().totalFen()))));
                return buffers.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
            });
            byte[] header = (CsvWriter.BYTE_ORDER_MARK + CsvWriter.line(List.of("paymentId", "maskedName", "amountYuan",
                    "amountFen"))).getBytes(StandardCharsets.UTF_8);
            return response.writeWith(Flux.concat(Mono.fromSupplier(() -> buffers.wrap(header)), rows));
        });
    }
}
