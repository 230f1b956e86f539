package org.eduaid.enrollment.config;

import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.security.TestCallers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The service describes its own API, under its prefix, to any signed-in caller. */
@EduAidServiceTest
class OpenApiDocumentIntegrationTest {

    @Autowired
    WebTestClient anonymous;

    @Test
    void theDocumentListsTheServicesOperationsAndTheBearerScheme() {
        TestCallers.schoolClerk("150424", "1150424001").signIn(anonymous).get().uri("/api/enrollment/openapi").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.openapi").value(version -> org.assertj.core.api.Assertions.assertThat(version.toString()).startsWith("3."))
                .jsonPath("$.info.title").isEqualTo("EduAid enrollment-service")
                .jsonPath("$.paths['/api/enrollment/schools'].post").exists()
                .jsonPath("$.paths['/api/enrollment/schools/{schoolCode}'].get").exists()
                .jsonPath("$.components.securitySchemes.bearer.scheme").isEqualTo("bearer")
                .jsonPath("$.paths['/actuator/health']").doesNotExist();
    }

    @Test
    void withoutATokenItIsRefused() {
        anonymous.get().uri("/api/enrollment/openapi").exchange().expectStatus().isUnauthorized();
    }
}
