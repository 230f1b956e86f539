package org.eduaid.subsidy.disbursement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.eduaid.subsidy.SubsidyServiceApplication;
import org.eduaid.subsidy.disbursement.config.ProvisionalAidStudents;
import org.eduaid.subsidy.disbursement.config.ProvisionalApprovedAid;
import org.eduaid.subsidy.disbursement.config.ProvisionalCatalogue;
import org.eduaid.testkit.TestInfrastructureInitializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * A local measurement, not a test of the build (run with {@code -Dpay.measure=true}, optionally
 * {@code -Dpay.payments=100000}): the whole service on mongo-java-server's H2 file store (what the
 * embedded default runs), a county batch of N approved students sealed through the API, timed from
 * the request to the answer, beside the raw bulk insert rate of the same store. It starts its own
 * application context on purpose, so the module's shared test context stays on the memory store.
 * The benchmark proper is written after merge, in the benchmarks module.
 */
@EnabledIfSystemProperty(named = "pay.measure", matches = "true")
class SealOnH2Measurement {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Test
    void sealsATermsBatchOnTheH2Store() throws Exception {
        int n = Integer.getInteger("pay.payments", 100_000);
        Path dir = Files.createTempDirectory("pay-h2");
        MongoServer store = new MongoServer(new H2Backend(dir.resolve("measure.mv").toString()));
        store.bind("127.0.0.1", 0);
        String address = "127.0.0.1:" + store.getLocalAddress().getPort();
        double rawPerSecond = rawInsertRate(address, Math.min(n, 20_000));

        ConfigurableApplicationContext service = new SpringApplicationBuilder(SubsidyServiceApplication.class)
                .initializers(new TestInfrastructureInitializer(), context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("pay-measure", Map.of(
                                "spring.mongodb.uri", "mongodb://" + address + "/subsidy",
                                "eduaid.security.enabled", "false",
                                "server.port", "0"))))
                .run();
        try {
            ProvisionalCatalogue catalogue = service.getBean(ProvisionalCatalogue.class);
            ProvisionalAidStudents students = service.getBean(ProvisionalAidStudents.class);
            ProvisionalApprovedAid approved = service.getBean(ProvisionalApprovedAid.class);
            AidWorld world = new AidWorld(catalogue, students, approved);
            String code = world.programme();
            for (int i = 0; i < n; i++) {
                world.approvedStudent(AidMother.LINXI, code);
            }
            int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
            WebTestClient web = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                    .responseTimeout(Duration.ofMinutes(10)).build();
            AidWorld.budget(web, AidMother.LINXI, code, 50_001L * n, 0);
            Map<String, Object> batch = web.post().uri("/api/subsidies/batches").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("countyCode", AidMother.LINXI, "programmeCode", code, "term", AidWorld.TERM.id()))
                    .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();

            long previewStart = System.nanoTime();
            web.get().uri("/api/subsidies/batches/{id}/preview", batch.get("batchId")).exchange().expectStatus().isOk()
                    .expectBody(JSON).returnResult();
            double previewSeconds = (System.nanoTime() - previewStart) / 1e9;

            long start = System.nanoTime();
            Map<String, Object> sealed = web.post().uri("/api/subsidies/batches/{id}/seal", batch.get("batchId"))
                    .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("expectedVersion", batch.get("version"))).exchange().expectStatus().isOk()
                    .expectBody(JSON).returnResult().getResponseBody();
            double seconds = (System.nanoTime() - start) / 1e9;

            assertThat(sealed).containsEntry("state", "SEALED").containsEntry("payments", n);
            System.out.printf("%nPAY MEASUREMENT (h2 store): %d payments sealed in %.2f s = %.0f payments/s; "
                    + "preview %.2f s; raw store insertMany %.0f docs/s (seal = %.0f %% of raw)%n%n", n, seconds,
                    n / seconds, previewSeconds, rawPerSecond, 100 * (n / seconds) / rawPerSecond);
        } finally {
            service.close();
            store.shutdownNow();
        }
    }

    /** insertMany of payment-shaped documents (with one pending event each), 1,000 at a time (at most 20,000: a rate). */
    private static double rawInsertRate(String address, int n) {
        try (MongoClient client = MongoClients.create("mongodb://" + address)) {
            MongoCollection<Document> raw = client.getDatabase("raw").getCollection("payments");
            long start = System.nanoTime();
            for (int from = 0; from < n; from += 1000) {
                List<Document> documents = new ArrayList<>();
                for (int i = from; i < Math.min(n, from + 1000); i++) {
                    documents.add(new Document("_id", "p-" + i + "~GRANT~2024-2025-1").append("studentId", "p-" + i)
                            .append("programmeCode", "GRANT").append("term", "2024-2025-1").append("countyCode", "150424")
                            .append("schoolCode", "1504240001").append("stage", "PRIMARY").append("locality", "RURAL")
                            .append("flags", List.of("REGISTERED_POOR"))
                            .append("amount", new Document("totalFen", 50_001L).append("centralFen", 40_000L)
                                    .append("provincialFen", 5_000L).append("countyFen", 5_001L))
                            .append("entries", List.of(new Document("type", "APPROVED").append("amountFen", 50_001L)))
                            .append("_outbox", List.of(new Document("payload", "x".repeat(600)))));
                }
                raw.insertMany(documents, new InsertManyOptions().ordered(false));
            }
            double rate = n / ((System.nanoTime() - start) / 1e9);
            client.getDatabase("raw").drop();
            return rate;
        }
    }
}
