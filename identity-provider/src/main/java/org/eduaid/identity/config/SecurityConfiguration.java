package org.eduaid.identity.config;

import java.util.Set;

import org.eduaid.identity.client.GatewayClient;
import org.eduaid.identity.token.EduAidUserInfo;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Two filter chains: the OAuth 2 / OIDC protocol endpoints (authorize, token, JWKS, discovery,
 * userinfo, logout), and everything else, which is the sign-in form plus the open health endpoints.
 * Spring Security's default headers (no-sniff, frame-deny, no-store) apply to both.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String LOGIN_PAGE = "/login";

    @Bean
    @Order(1)
    SecurityFilterChain protocolEndpoints(HttpSecurity http, EduAidUserInfo userInfo) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(oidc -> oidc.userInfoEndpoint(endpoint -> endpoint.userInfoMapper(userInfo)));
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // the userinfo endpoint is called with the access token
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                // a browser that is not signed in yet is sent to the form; API callers get a plain 401
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), browserPages()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signInForm(HttpSecurity http, GatewayClient gateway) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                                "/error")
                        .permitAll()
                        .anyRequest().authenticated())
                // someone who opened the form directly, not through the gateway, lands on the platform afterwards
                .formLogin(form -> form.defaultSuccessUrl(gateway.baseUrl() + "/"));
        return http.build();
    }

    /** The issuer is fixed, not taken from each request's Host, so tokens name one issuer however the provider is reached. */
    @Bean
    AuthorizationServerSettings authorizationServerSettings(@Value("${eduaid.identity.issuer}") String issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer).build();
    }

    private static MediaTypeRequestMatcher browserPages() {
        MediaTypeRequestMatcher matcher = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        matcher.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return matcher;
    }
}
