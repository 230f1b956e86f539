package org.eduaid.gateway.security;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.util.StringUtils;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

import reactor.core.publisher.Mono;

/** The rules browsers enforce for us: CORS, the content security policy, and caching of API answers. */
final class BrowserPolicies {

    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    private BrowserPolicies() {
    }

    /**
     * Only the dashboard's origins, with the user's cookies, and only the headers the dashboard sends.
     * With no origin configured the dashboard must be served from the gateway's own origin, and every
     * cross-origin request, preflight or not, is refused with 403.
     */
    static CorsConfigurationSource dashboardCors(List<String> dashboardOrigins) {
        CorsConfiguration dashboard = new CorsConfiguration();
        dashboard.setAllowedOrigins(dashboardOrigins);
        dashboard.setAllowCredentials(true);
        dashboard.setAllowedMethods(Stream.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.PUT,
                HttpMethod.PATCH, HttpMethod.DELETE).map(HttpMethod::name).toList());
        dashboard.setAllowedHeaders(List.of(HttpHeaders.CONTENT_TYPE, "X-XSRF-TOKEN", "X-Correlation-Id",
                "Idempotency-Key", HttpHeaders.IF_MATCH, HttpHeaders.AUTHORIZATION));
        dashboard.setExposedHeaders(List.of("X-Correlation-Id", HttpHeaders.ETAG, HttpHeaders.LOCATION,
                HttpHeaders.RETRY_AFTER));
        dashboard.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", dashboard);
        return source;
    }

    /**
     * A dashboard served from this origin, with no inline script or style, never framed; forms may go
     * to the gateway and to the identity provider, because signing out posts to {@code /logout}, which
     * redirects the form on to the provider's end-session page.
     */
    static String contentSecurityPolicy(EdgeProperties edge, IdentityProviderProperties provider,
            LoginProperties login) {
        if (StringUtils.hasText(edge.contentSecurityPolicy())) {
            return edge.contentSecurityPolicy();
        }
        Set<String> formTargets = new LinkedHashSet<>();
        formTargets.add("'self'");
        Stream.of(provider.issuerUri(), login.authorizationUri(), login.endSessionUri())
                .filter(StringUtils::hasText)
                .map(BrowserPolicies::originOf)
                .forEach(formTargets::add);
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                + "form-action " + String.join(" ", formTargets);
    }

    /**
     * API answers may carry personal data of minors: no browser or proxy may keep them. Set just before
     * the response is sent, so it replaces whatever the service said.
     */
    static ServerHttpHeadersWriter apiAnswersNotStored() {
        PathPatternParserServerWebExchangeMatcher api = new PathPatternParserServerWebExchangeMatcher("/api/**");
        return exchange -> api.matches(exchange)
                .filter(match -> match.isMatch())
                .doOnNext(match -> exchange.getResponse().getHeaders().setCacheControl(CacheControl.noStore()))
                .then(Mono.empty());
    }

    private static String originOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
