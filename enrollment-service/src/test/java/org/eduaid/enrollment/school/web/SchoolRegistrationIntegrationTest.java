package org.eduaid.enrollment.school.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eduaid.contracts.Topics;
import org.eduaid.contracts.envelope.CloudEventHeaders;
import org.eduaid.enrollment.school.SchoolMother;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.KafkaTestClient;
import org.eduaid.testkit.security.TestCallers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@EduAidServiceTest
class SchoolRegistrationIntegrationTest {

    private static final KafkaTestClient kafka = KafkaTestClient.shared();

    @Autowired
    WebTestClient anonymous;

    WebTestClient web;

    @BeforeEach
    void signIn() {
        web = TestCallers.countyOfficer("150424").signIn(anonymous);
    }

    @Test
    void aRegisteredSchoolIsStoredAndPublishedAsACloudEvent() {
        String code = SchoolMother.freshSchoolCode();

        web.post().uri("/api/enrollment/schools").contentType(MediaType.APPLICATION_JSON)
                .header("X-Correlation-Id", "clerk-request-7")
                .bodyValue(SchoolMother.linxiPrimary(code))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().location("/api/enrollment/schools/" + code)
                .expectBody().jsonPath("$.countyCode").isEqualTo("150424");

        web.get().uri("/api/enrollment/schools/{code}", code).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo("林西县统部镇中心小学");

        ConsumerRecord<String, byte[]> record = await().atMost(Duration.ofSeconds(30))
                .until(() -> recordsFor(code), records -> !records.isEmpty()).get(0);
        assertThat(KafkaTestClient.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(KafkaTestClient.header(record, CloudEventHeaders.TYPE)).isEqualTo("eduaid.enrollment.SchoolRegistered.v1");
        assertThat(KafkaTestClient.header(record, CloudEventHeaders.SOURCE)).isEqualTo("enrollment-service");
        assertThat(KafkaTestClient.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(code);
        assertThat(KafkaTestClient.header(record, CloudEventHeaders.SEQUENCE)).isEqualTo("1");
        assertThat(KafkaTestClient.header(record, CloudEventHeaders.ID)).isNotBlank();
        assertThat(KafkaTestClient.header(record, CloudEventHeaders.CORRELATION_ID)).isEqualTo("clerk-request-7");
        assertThat(KafkaTestClient.header(record, CloudEventHeaders.TRACEPARENT)).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
        assertThat(new String(record.value())).contains("\"countyCode\":\"150424\"");
    }

    @Test
    void registeringTheSameSchoolTwiceIsAConflict() {
        String code = SchoolMother.freshSchoolCode();
        web.post().uri("/api/enrollment/schools").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(SchoolMother.linxiPrimary(code)).exchange().expectStatus().isCreated();

        web.post().uri("/api/enrollment/schools").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(SchoolMother.linxiPrimary(code)).exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("missing name", """
                        {"schoolCode":"%s","countyCode":"150424","kind":"PRIMARY","locality":"RURAL"}""", 400, "name"),
                Arguments.of("unknown county", """
                        {"schoolCode":"%s","name":"x","countyCode":"159999","kind":"PRIMARY","locality":"RURAL"}""", 400, "countyCode"),
                Arguments.of("11-digit school code", """
                        {"schoolCode":"%s1","name":"x","countyCode":"150424","kind":"PRIMARY","locality":"RURAL"}""", 400, "schoolCode"),
                Arguments.of("wrong JSON type", """
                        {"schoolCode":"%s","name":"x","countyCode":"150424","kind":"PRIMARY","locality":"RURAL","boarding":{"a":1}}""", 400, "boarding"),
                Arguments.of("unknown kind", """
                        {"schoolCode":"%s","name":"x","countyCode":"150424","kind":"CASTLE","locality":"RURAL"}""", 400, "kind"),
                Arguments.of("an operator object as school code", """
                        {"schoolCode":{"$ne":null},"name":"x","countyCode":"150424","kind":"PRIMARY","locality":"RURAL"}""", 400, "schoolCode"),
                Arguments.of("an operator object as county", """
                        {"schoolCode":"%s","name":"x","countyCode":{"$gt":""},"kind":"PRIMARY","locality":"RURAL"}""", 400, "countyCode"),
                Arguments.of("a $where object as name", """
                        {"schoolCode":"%s","name":{"$where":"sleep(1000)"},"countyCode":"150424","kind":"PRIMARY","locality":"RURAL"}""", 400, "name"),
                Arguments.of("not JSON", "{\"schoolCode\":\"%s\",", 400, null),
                Arguments.of("2 MB body", """
                        {"schoolCode":"%s","name":"x","countyCode":"150424","kind":"PRIMARY","locality":"RURAL","pad":"PAD"}"""
                        .replace("PAD", "x".repeat(2 * 1024 * 1024)), 413, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badInputIsAProblemAndNothingIsStoredOrPublished(String why, String body, int status, String field) {
        String code = SchoolMother.freshSchoolCode();

        var response = web.post().uri("/api/enrollment/schools").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body.formatted(code)).exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(status)
                .jsonPath("$.title").isNotEmpty()
                .jsonPath("$.trace").doesNotExist();
        if (field != null) {
            response.jsonPath("$.errors[0].field").isEqualTo(field);
        }

        web.get().uri("/api/enrollment/schools/{code}", code).exchange().expectStatus().isNotFound();
        assertThat(recordsFor(code)).isEmpty();
    }

    private static List<ConsumerRecord<String, byte[]>> recordsFor(String code) {
        return kafka.readAll(Topics.ENROLLMENT_SCHOOLS, Duration.ofSeconds(3)).stream()
                .filter(record -> code.equals(record.key())).toList();
    }
}
