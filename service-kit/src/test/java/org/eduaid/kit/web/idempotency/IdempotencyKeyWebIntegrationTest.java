package org.eduaid.kit.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.security.TestCallers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Idempotency-Key through a service's web stack: the kit's bean, replays and the problem details. */
@EduAidServiceTest
class IdempotencyKeyWebIntegrationTest {

    @Autowired
    WebTestClient anonymous;

    @Autowired
    IdempotentCommands commands;

    @Test
    void everyServiceGetsTheMongoStore() {
        assertThat(commands).isInstanceOf(MongoIdempotentCommands.class);
    }

    @Test
    void aRetriedPostAnswersTheFirstResultAndADifferentBodyIsA422Problem() {
        WebTestClient web = TestCallers.countyOfficer("150424").signIn(anonymous);
        String batch = "b-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();

        int first = seal(web, batch, key, "{\"expectedVersion\":3}").expectStatus().isOk()
                .expectBody(IdempotencyTestController.Sealed.class).returnResult().getResponseBody().run();
        seal(web, batch, key, "{\"expectedVersion\":3}").expectStatus().isOk()
                .expectBody().jsonPath("$.run").isEqualTo(first).jsonPath("$.batchId").isEqualTo(batch);

        seal(web, batch, key, "{\"expectedVersion\":4}").expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(422)
                .jsonPath("$.detail").isEqualTo("Idempotency-Key reused with a different request");
    }

    @Test
    void aCommandWithoutAKeyIsRefusedWithTheHeaderNamed() {
        WebTestClient web = TestCallers.countyOfficer("150424").signIn(anonymous);

        web.post().uri("/api/kit-test/batches/{id}/seal", "b-" + UUID.randomUUID())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"expectedVersion\":3}").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("Idempotency-Key");
    }

    @Test
    void anotherCallerWithTheSameKeyRunsTheirOwnCommand() {
        String batch = "b-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();

        int linxi = seal(TestCallers.countyOfficer("150424").signIn(anonymous), batch, key, "{\"expectedVersion\":1}")
                .expectStatus().isOk().expectBody(IdempotencyTestController.Sealed.class).returnResult()
                .getResponseBody().run();
        int keshiketeng = seal(TestCallers.countyOfficer("150425").signIn(anonymous), batch, key,
                "{\"expectedVersion\":1}").expectStatus().isOk().expectBody(IdempotencyTestController.Sealed.class)
                .returnResult().getResponseBody().run();

        assertThat(keshiketeng).isNotEqualTo(linxi);
    }

    private static WebTestClient.ResponseSpec seal(WebTestClient web, String batch, String key, String body) {
        return web.post().uri("/api/kit-test/batches/{id}/seal", batch).header(IdempotencyKey.HEADER, key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
