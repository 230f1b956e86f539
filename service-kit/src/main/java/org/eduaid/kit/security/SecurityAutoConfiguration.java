package org.eduaid.kit.security;

import org.eduaid.contracts.identity.Role;
import java.time.Clock;
import java.util.List;

import org.eduaid.kit.web.ProblemDetailsExceptionHandler;
import org.eduaid.tokens.AccessTokenDecoders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;

import reactor.core.publisher.Mono;

/**
 * Makes every service an OAuth 2.0 resource server: each request to {@code /api/**} must carry a
 * bearer token signed by the identity provider's published keys, issued by the configured issuer,
 * meant for the EduAid API, unexpired, and describing a coherent {@link Caller}. Nothing is kept
 * between requests (no session), so any replica can serve any request.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableWebFluxSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityAutoConfiguration.class);

    /** Open to the platform's probes and scrapers; they carry no personal data. */
    private static final String[] OPEN_PATHS = { "/actuator/health", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus" };

    @Bean
    ReactiveJwtDecoder eduaidJwtDecoder(SecurityProperties properties) {
        return AccessTokenDecoders.create(properties.jwkSetUri(), properties.issuerUri(), properties.audience(),
                properties.clockSkew(), List.of(new CallerClaims()), Clock.systemUTC());
    }

    @Bean
    SecurityWebFilterChain eduaidSecurityFilterChain(ServerHttpSecurity http, SecurityProperties properties,
            ReactiveJwtDecoder decoder, ProblemDetailsExceptionHandler problems) {
        http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.mode(Mode.DENY)))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(new ProblemAuthenticationEntryPoint(problems))
                        .accessDeniedHandler(problems::handle));
        if (!properties.enabled()) {
            log.warn("SECURITY IS DISABLED (eduaid.security.enabled=false): every request acts as a nationwide "
                    + "platform administrator. Only for measuring the cost of security; never in service.");
            return http.authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                    .addFilterAt(new SecurityDisabledCallerFilter(), SecurityWebFiltersOrder.AUTHENTICATION)
                    .build();
        }
        return http.authorizeExchange(exchanges -> exchanges
                        .pathMatchers(OPEN_PATHS).permitAll()
                        .pathMatchers("/actuator/**").hasRole(Role.PLATFORM_ADMIN.name())
                        .anyExchange().authenticated())
                .oauth2ResourceServer(server -> server
                        .authenticationEntryPoint(new ProblemAuthenticationEntryPoint(problems))
                        .accessDeniedHandler(problems::handle)
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(SecurityAutoConfiguration::authenticate)))
                .build();
    }

    private static Mono<CallerAuthentication> authenticate(Jwt token) {
        // CallerClaims has already validated the token, so a caller is always there
        return Mono.justOrEmpty(CallerClaims.callerOf(token))
                .switchIfEmpty(Mono.error(() -> new InvalidBearerTokenException("no EduAid caller in the token")))
                .map(caller -> new CallerAuthentication(token, caller));
    }
}
