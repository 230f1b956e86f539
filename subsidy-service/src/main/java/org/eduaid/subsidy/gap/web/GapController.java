package org.eduaid.subsidy.gap.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eduaid.kit.export.AttachmentHeaders;
import org.eduaid.kit.export.CsvWriter;
import org.eduaid.kit.export.ExportFileName;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.subsidy.gap.application.Gap;
import org.eduaid.subsidy.gap.application.GapList;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The gap list: a county's page of it (JSON) or all of it (CSV for Excel), and the counts for a region. */
@RestController
@RequestMapping("/api/subsidies/gaps")
class GapController {

    static final int MAX_PAGE_SIZE = 500;
    private static final List<String> CSV_HEADER = List.of("applicationId", "studentId", "maskedName", "schoolCode",
            "programmeCode", "term", "reason", "detail", "waitingSince", "daysWaited", "paymentId");

    private final GapList gaps;

    GapController(GapList gaps) {
        this.gaps = gaps;
    }

    /** A page of the county's list as JSON; {@code ?format=csv} is the whole list as a file (below). */
    @GetMapping
    Mono<GapPage> list(@RequestParam(required = false) String countyCode, @RequestParam(required = false) String term,
            @RequestParam(required = false) String format, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (format != null && !format.isBlank() && !"json".equalsIgnoreCase(format)) {
            return Mono.error(InvalidRequestException.of("format", "is csv or json"));
        }
        if (page < 0) {
            return Mono.error(InvalidRequestException.of("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            return Mono.error(InvalidRequestException.of("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        return gaps.county(countyCode, term).flatMap(found -> {
            List<Gap> shown = found.gaps().stream().skip((long) page * size).limit(size).toList();
            return gaps.disclosed(shown).thenReturn(new GapPage(found.countyCode(), found.term().id(), shown,
                    found.gaps().size(), page, size));
        });
    }

    @GetMapping("/summary")
    Mono<GapList.Summary> summary(@RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String term) {
        return gaps.summary(regionCode, term);
    }

    /** The whole county's list for Excel (UTF-8 with BOM), longest waiting first; masked names only. */
    @GetMapping(params = "format=csv")
    Mono<Void> csv(@RequestParam(required = false) String countyCode, @RequestParam(required = false) String term,
            ServerHttpResponse response) {
        return gaps.county(countyCode, term).flatMap(found -> gaps.disclosed(found.gaps()).then(Mono.defer(() -> {
            ExportFileName name = ExportFileName.report("aid-gaps-term-" + found.term().number())
                    .region(found.countyCode()).schoolYear(found.term().schoolYear().startYear()).csv();
            AttachmentHeaders.applyTo(response.getHeaders(), name);
            Flux<DataBuffer> body = Flux.concat(
                    Mono.fromSupplier(() -> wrap(response, CsvWriter.BYTE_ORDER_MARK + CsvWriter.line(CSV_HEADER))),
                    Flux.fromIterable(found.gaps()).buffer(500).map(chunk -> {
                        StringBuilder text = new StringBuilder();
                        chunk.forEach(g -> text.append(CsvWriter.line(Arrays.asList(g.applicationId(), g.studentId(),
                                g.maskedName(), g.schoolCode(), g.programmeCode(), g.term(), g.reason().name(),
                                g.detail(), g.since().toString(), g.daysWaited(), g.paymentId()))));
                        return wrap(response, text.toString());
                    }));
            return response.writeWith(body);
        })));
    }

    private static DataBuffer wrap(ServerHttpResponse response, String text) {
        return response.bufferFactory().wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    record GapPage(String countyCode, String term, List<Gap> gaps, long total, int page, int size) {
    }
}
