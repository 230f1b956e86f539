package org.eduaid.benchmarks.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.eduaid.benchmarks.BenchmarkFailure;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class ImportApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ImportApi api = new ImportApi(URI.create("http://127.0.0.1:1"), "150424");

    @Test
    void theStatusIsReadAsTheImportFeatureAnswers() {
        // ImportResponse of the import feature (h-import), abridged
        ImportStatus status = ImportStatus.from(JSON.readTree("""
                {"importId":"6a1f","kind":"STUDENTS","format":"CSV","countyCode":"150424","schoolCode":null,
                "status":"COMPLETED","progress":100,"rows":200833,"created":200833,"updated":0,"unchanged":0,
                "rejected":0,"encoding":"UTF-8","fileBytes":17971298,"failure":null,
                "errorsUri":"/api/enrollment/imports/6a1f/errors"}"""));

        assertThat(status).isEqualTo(new ImportStatus("COMPLETED", 200_833, 200_833, 0, 0, 0));
        assertThat(status.everyRowAccounted(200_833)).isTrue();
        assertThat(api.importId("{\"importId\":\"6a1f\",\"status\":\"RECEIVED\"}",
                "/api/enrollment/imports/6a1f")).isEqualTo("6a1f");
    }

    @Test
    void theStatusIsReadWithItsCountsAtTheTopOrUnderCounts() {
        ImportStatus top = ImportStatus.from(JSON.readTree("""
                {"id":"i1","status":"COMPLETED","rows":10,"created":7,"updated":1,"unchanged":1,"rejected":1}"""));
        ImportStatus nested = ImportStatus.from(JSON.readTree("""
                {"id":"i1","status":"running","counts":{"rows":10,"created":7,"updated":1,"unchanged":1,"rejected":1}}"""));

        assertThat(top).isEqualTo(new ImportStatus("COMPLETED", 10, 7, 1, 1, 1));
        assertThat(top.completed()).isTrue();
        assertThat(top.everyRowAccounted(10)).isTrue();
        assertThat(nested.status()).isEqualTo("RUNNING");
        assertThat(nested.finished()).isFalse();
        assertThat(nested.created()).isEqualTo(7);
    }

    @Test
    void countsTheAnswerLacksAreUnknownAndLeaveRowsUnaccounted() {
        ImportStatus status = ImportStatus.from(JSON.readTree(
                "{\"status\":\"FAILED\",\"rows\":10,\"failure\":\"the file is not CSV\"}"));

        assertThat(status.finished()).isTrue();
        assertThat(status.completed()).isFalse();
        assertThat(status.created()).isEqualTo(ImportStatus.UNKNOWN);
        assertThat(status.everyRowAccounted(10)).isFalse();
        assertThat(status.failure()).isEqualTo("the file is not CSV");
    }

    @Test
    void theImportIdComesFromTheBodyOrTheLocation() {
        assertThat(api.importId("{\"id\":\"abc\"}", null)).isEqualTo("abc");
        assertThat(api.importId("{\"importId\":\"def\"}", "/api/enrollment/imports/xyz")).isEqualTo("def");
        assertThat(api.importId("", "/api/enrollment/imports/xyz")).isEqualTo("xyz");
        assertThat(api.importId("accepted", "http://host/api/enrollment/imports/uvw")).isEqualTo("uvw");
        assertThatThrownBy(() -> api.importId("{}", null)).isInstanceOf(BenchmarkFailure.class)
                .hasMessageContaining("no import id");
    }

    @Test
    void aMetricsStatisticIsFoundByName() {
        var metric = JSON.readTree("""
                {"name":"jvm.gc.pause","baseUnit":"seconds","measurements":[{"statistic":"COUNT","value":12.0},
                {"statistic":"TOTAL_TIME","value":0.25},{"statistic":"MAX","value":0.05}]}""");

        assertThat(ImportApi.statistic(metric, "COUNT")).hasValue(12.0);
        assertThat(ImportApi.statistic(metric, "TOTAL_TIME")).hasValue(0.25);
        assertThat(ImportApi.statistic(metric, "VALUE")).isEmpty();
    }
}
