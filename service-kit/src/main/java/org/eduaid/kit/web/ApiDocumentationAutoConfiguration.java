package org.eduaid.kit.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The frame of every service's OpenAPI document (springdoc fills in the paths from the
 * controllers): the service's name, and the bearer token every operation needs.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
public class ApiDocumentationAutoConfiguration {

    private static final String BEARER = "bearer";

    @Bean
    @ConditionalOnMissingBean
    OpenAPI serviceApiDocument(@Value("${spring.application.name}") String service,
            @Value("${eduaid.api.version:1}") String version) {
        return new OpenAPI()
                .info(new Info().title("EduAid " + service).version(version)
                        .description("Reached through the gateway with a session, or directly with a bearer token "
                                + "issued for audience eduaid-api. Errors are RFC 9457 problem details."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme(BEARER).bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
