package org.eduaid.gateway.security;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import org.eduaid.gateway.GatewayProblem;
import org.eduaid.gateway.ProblemResponses;
import org.eduaid.gateway.ratelimit.CallerRateLimiter;
import org.eduaid.gateway.ratelimit.RateLimitFilter;
import org.eduaid.gateway.ratelimit.RateLimitProperties;
import org.eduaid.tokens.AccessTokenDecoders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.reactive.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.util.StringUtils;

/**
 * Who gets through the gateway, in one place:
 * <ul>
 * <li>a browser signs in with OpenID Connect (authorization code) and keeps a session; its calls to
 * {@code /api/**} go on with the session's access token ({@code TokenRelay} in {@code application.yml}),
 * renewed with the refresh token when it has expired;</li>
 * <li>an API client sends its own bearer token, which is checked here (signature against the provider's
 * key set, issuer, audience, expiry) and passed on unchanged; the services check it again;</li>
 * <li>anything else gets 401 problem details on {@code /api/**} and a redirect to sign-in elsewhere.</li>
 * </ul>
 * Session-cookie requests that change data need the CSRF token; bearer requests cannot be forged
 * cross-site and need none. Health, info and Prometheus stay open to probes and scrapers.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties({ IdentityProviderProperties.class, LoginProperties.class, EdgeProperties.class })
public class GatewaySecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GatewaySecurityConfiguration.class);

    static final String SIGN_IN = "/oauth2/authorization/" + EduAidClientRegistrations.ID;

    /** A script's call: it brings its own credentials, so it gets a 401 rather than a sign-in page. */
    private static final ServerWebExchangeMatcher OWN_CREDENTIALS = exchange -> exchange.getRequest().getHeaders()
            .containsHeader(HttpHeaders.AUTHORIZATION) ? MatchResult.match() : MatchResult.notMatch();

    @Bean
    ReactiveClientRegistrationRepository clientRegistrations(IdentityProviderProperties provider, LoginProperties login) {
        return new EduAidClientRegistrations(provider, login);
    }

    /** In the session: the tokens go when the session ends or the user signs out, and memory with them. */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClients() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    @Bean
    ReactiveJwtDecoder bearerTokenDecoder(IdentityProviderProperties provider) {
        return AccessTokenDecoders.create(provider.jwkSetUri(), provider.issuerUri(), provider.audience(),
                provider.clockSkew(), List.of(), Clock.systemUTC());
    }

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, IdentityProviderProperties provider,
            LoginProperties login, EdgeProperties edge, RateLimitProperties rateLimit, CallerRateLimiter limiter,
            ReactiveClientRegistrationRepository registrations, ReactiveJwtDecoder bearerTokens,
            ProblemResponses problems) {
        ServerAuthenticationEntryPoint apiCallWithoutCredentials = new ApiAuthenticationEntryPoint(problems);
        http.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .cors(cors -> cors.configurationSource(BrowserPolicies.dashboardCors(edge.dashboardOrigins())))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                BrowserPolicies.contentSecurityPolicy(edge, provider, login)))
                        .frameOptions(frame -> frame.mode(Mode.DENY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicy(permissions -> permissions.policy(BrowserPolicies.PERMISSIONS_POLICY))
                        // written only on requests that arrived over HTTPS
                        .hsts(hsts -> hsts.maxAge(edge.hstsMaxAge()).includeSubdomains(true))
                        .cache(ServerHttpSecurity.HeaderSpec.CacheSpec::disable)
                        .writer(BrowserPolicies.apiAnswersNotStored()))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(entryPoint(apiCallWithoutCredentials))
                        .accessDeniedHandler(ProblemAccessDeniedHandler.forbidden(problems)));
        if (!provider.enabled()) {
            return letEverythingThrough(http);
        }
        if (!StringUtils.hasText(login.clientSecret())) {
            throw new IllegalStateException("EDUAID_GATEWAY_CLIENT_SECRET is not set: the gateway cannot sign "
                    + "browsers in without its client secret at the identity provider");
        }
        http.authorizeExchange(exchanges -> exchanges
                        .matchers(EndpointRequest.to("health", "info", "prometheus")).permitAll()
                        .matchers(EndpointRequest.toAnyEndpoint()).denyAll()
                        .anyExchange().authenticated())
                .oauth2Login(signIn -> signIn
                        .clientRegistrationRepository(registrations)
                        .authenticationFailureHandler(signInFailed(problems)))
                .oauth2ResourceServer(bearer -> bearer
                        .authenticationEntryPoint(apiCallWithoutCredentials)
                        .accessDeniedHandler(ProblemAccessDeniedHandler.forbidden(problems))
                        .jwt(jwt -> jwt.jwtDecoder(bearerTokens)))
                // The resource server exempts requests carrying a bearer token from the CSRF check.
                .csrf(csrf -> csrf
                        .csrfTokenRepository(xsrfCookie(edge))
                        // The dashboard copies the cookie into the header as it is. The default masked
                        // tokens defend tokens rendered into compressed HTML (BREACH); none are here.
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .accessDeniedHandler(ProblemAccessDeniedHandler.missingCsrfToken(problems)))
                .logout(logout -> logout
                        // the session holds the tokens: end it, not only the security context in it
                        .logoutHandler(handlers -> handlers.add(new WebSessionServerLogoutHandler()))
                        .logoutSuccessHandler(signOutAtProvider(registrations)))
                .addFilterAt(new SignInExpiredFilter(problems), SecurityWebFiltersOrder.LAST);
        if (rateLimit.enabled()) {
            limitEachCaller(http, limiter, rateLimit, problems);
        }
        return http.build();
    }

    private static SecurityWebFilterChain letEverythingThrough(ServerHttpSecurity http) {
        log.warn("SECURITY IS DISABLED (eduaid.security.enabled=false): the gateway lets every request through "
                + "without sign-in, token check, CSRF check or rate limit. Only for measuring the cost of "
                + "security; never in service.");
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .build();
    }

    /**
     * Counts each request once: one with a bearer token after the token is verified, so by its subject;
     * any other early, before sign-in starts, callbacks and sign-outs are handled (each of which can
     * create a session), by the session's subject or the client address. Probes are not counted.
     */
    private static void limitEachCaller(ServerHttpSecurity http, CallerRateLimiter limiter,
            RateLimitProperties rateLimit, ProblemResponses problems) {
        ServerWebExchangeMatcher notProbe = new NegatedServerWebExchangeMatcher(EndpointRequest.toAnyEndpoint());
        ServerWebExchangeMatcher withoutOwnCredentials = new AndServerWebExchangeMatcher(notProbe,
                new NegatedServerWebExchangeMatcher(OWN_CREDENTIALS));
        ServerWebExchangeMatcher withOwnCredentials = new AndServerWebExchangeMatcher(notProbe, OWN_CREDENTIALS);
        http.addFilterBefore(new RateLimitFilter(limiter, rateLimit, withoutOwnCredentials, problems),
                        SecurityWebFiltersOrder.HTTP_BASIC)
                .addFilterAfter(new RateLimitFilter(limiter, rateLimit, withOwnCredentials, problems),
                        SecurityWebFiltersOrder.AUTHENTICATION);
    }

    private static ServerAuthenticationEntryPoint entryPoint(ServerAuthenticationEntryPoint apiCallWithoutCredentials) {
        ServerWebExchangeMatcher apiCall = new OrServerWebExchangeMatcher(
                new PathPatternParserServerWebExchangeMatcher("/api/**"), OWN_CREDENTIALS);
        DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegateEntry(apiCall, apiCallWithoutCredentials));
        entryPoint.setDefaultEntryPoint(new RedirectServerAuthenticationEntryPoint(SIGN_IN));
        return entryPoint;
    }

    /**
     * A failed sign-in (refused at the provider, a stale or replayed callback) is answered, not sent
     * round again: another redirect to sign-in could loop between the gateway and the provider.
     */
    private static ServerAuthenticationFailureHandler signInFailed(ProblemResponses problems) {
        return (webFilterExchange, failure) -> {
            log.info("Sign-in did not complete: {}", failure.getMessage());
            return problems.write(webFilterExchange.getExchange(), new GatewayProblem(HttpStatus.UNAUTHORIZED,
                    "Signing in did not complete; open the start page to try again."));
        };
    }

    /** Signs out at the provider too (RP-initiated logout), which sends the browser back to the start page. */
    private static OidcClientInitiatedServerLogoutSuccessHandler signOutAtProvider(
            ReactiveClientRegistrationRepository registrations) {
        OidcClientInitiatedServerLogoutSuccessHandler handler = new OidcClientInitiatedServerLogoutSuccessHandler(
                registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        // a provider that announces no end-session endpoint: at least the gateway's session is gone
        handler.setLogoutSuccessUrl(URI.create("/"));
        return handler;
    }

    private static CookieServerCsrfTokenRepository xsrfCookie(EdgeProperties edge) {
        // readable by the dashboard's script, which must echo it in the X-XSRF-TOKEN header
        CookieServerCsrfTokenRepository repository = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieCustomizer(cookie -> {
            cookie.sameSite("Lax");
            if (edge.secureCookies()) {
                cookie.secure(true);
            }
        });
        return repository;
    }
}
