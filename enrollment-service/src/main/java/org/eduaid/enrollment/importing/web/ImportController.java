package org.eduaid.enrollment.importing.web;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.eduaid.enrollment.importing.application.ImportService;
import org.eduaid.enrollment.importing.domain.FileFormat;
import org.eduaid.enrollment.importing.domain.ImportKind;
import org.eduaid.kit.export.AttachmentHeaders;
import org.eduaid.kit.export.CsvWriter;
import org.eduaid.kit.export.ExportFileName;
import org.eduaid.kit.web.InvalidRequestException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Import uploads take the raw request body as a stream of buffers, not through a codec: the codecs
 * hold a body in memory and cap it at {@code HTTP_MAX_BODY_SIZE} (256 KB); here the body goes to
 * disk as it arrives, up to {@code IMPORT_MAX_FILE_SIZE}.
 */
@RestController
@RequestMapping(ImportController.PATH)
class ImportController {

    static final String PATH = "/api/enrollment/imports";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final byte[] REPORT_HEADER = (CsvWriter.BYTE_ORDER_MARK
            + CsvWriter.line(List.of("row", "field", "reason"))).getBytes(StandardCharsets.UTF_8);

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping("/students")
    Mono<ResponseEntity<ImportResponse>> students(@RequestParam(required = false) String countyCode,
            @RequestParam(required = false) String schoolCode, ServerHttpRequest request) {
        return receive(ImportKind.STUDENTS, countyCode, schoolCode, request);
    }

    @PostMapping("/roster")
    Mono<ResponseEntity<ImportResponse>> roster(@RequestParam(required = false) String countyCode,
            @RequestParam(required = false) String schoolCode, ServerHttpRequest request) {
        return receive(ImportKind.ROSTER, countyCode, schoolCode, request);
    }

    @GetMapping("/{importId}")
    Mono<ImportResponse> find(@PathVariable String importId) {
        return imports.find(importId).map(ImportResponse::of);
    }

    /** The rejected rows as CSV for Excel (UTF-8 with BOM): row, field, reason; streamed, never the ID number or name. */
    @GetMapping("/{importId}/errors")
    Mono<Void> errors(@PathVariable String importId, ServerHttpResponse response) {
        return imports.find(importId).flatMap(job -> imports.errors(job.id()).flatMap(rows -> {
            ExportFileName name = ExportFileName.report("import-errors").region(job.countyCode())
                    .day(LocalDate.ofInstant(job.receivedAt(), CHINA)).csv();
            AttachmentHeaders.applyTo(response.getHeaders(), name);
            DataBufferFactory buffers = response.bufferFactory();
            Flux<DataBuffer> body = Flux.concat(Mono.fromSupplier(() -> buffers.wrap(REPORT_HEADER)),
                    rows.buffer(500).map(chunk -> {
                        StringBuilder text = new StringBuilder();
                        chunk.forEach(row -> text.append(CsvWriter.line(Arrays.asList(row.row(), row.field(), row.reason()))));
                        return buffers.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
                    }));
            return response.writeWith(body);
        }));
    }

    /** One page of imports. */
    record ImportPage(List<ImportResponse> items, int page, int size, long total) {
    }

    @GetMapping
    Mono<ImportPage> list(@RequestParam(required = false) String countyCode,
            @RequestParam(required = false) String schoolCode, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return imports.list(countyCode, schoolCode, page, size).map(found -> new ImportPage(
                found.items().stream().map(ImportResponse::of).toList(), found.page(), found.size(), found.total()));
    }

    private Mono<ResponseEntity<ImportResponse>> receive(ImportKind kind, String countyCode, String schoolCode,
            ServerHttpRequest request) {
        FileFormat format;
        Charset charset;
        try {
            MediaType type = request.getHeaders().getContentType();
            format = type == null ? null : FileFormat.ofMediaType(type.getType(), type.getSubtype()).orElse(null);
            charset = type == null ? null : type.getCharset();
        } catch (InvalidMediaTypeException e) {
            format = null;
            charset = null;
        } catch (IllegalArgumentException e) {
            // an unknown or unsupported charset parameter
            return Mono.error(InvalidRequestException.of("charset", "is not an encoding this service can read; use UTF-8 or GBK"));
        }
        long length = request.getHeaders().getContentLength();
        return imports.receive(new ImportService.Upload(kind, blankToNull(countyCode), blankToNull(schoolCode), format,
                        charset, length, request.getBody()))
                .map(job -> ResponseEntity.accepted().location(URI.create(PATH + "/" + job.id()))
                        .header(HttpHeaders.RETRY_AFTER, "2")
                        .body(ImportResponse.of(job)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
