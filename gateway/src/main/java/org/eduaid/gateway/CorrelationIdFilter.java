package org.eduaid.gateway;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Makes sure every request leaves the gateway with an {@value #HEADER}, so a single id follows it
 * through the service it reaches and the events that service publishes, and hands the id back to
 * the caller to quote.
 *
 * <p>A {@link WebFilter} rather than a gateway {@code GlobalFilter}: global filters only run once a
 * route matched, and the gateway's own failures (no route, body too large) deserve an id too.
 */
@Component
public class CorrelationIdFilter implements WebFilter, Ordered {

    public static final String HEADER = "X-Correlation-Id";
    /** Exchange attribute under which the id is kept for the error handler. */
    public static final String ATTRIBUTE = CorrelationIdFilter.class.getName() + ".id";

    // Whatever a caller sends ends up in logs and event headers downstream; only plain tokens may.
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String offered = exchange.getRequest().getHeaders().getFirst(HEADER);
        String id = offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        ServerWebExchange withId = exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(HEADER, id)))
                .build();
        withId.getAttributes().put(ATTRIBUTE, id);
        // Set just before commit: a proxied response copies the downstream headers over ours.
        withId.getResponse().beforeCommit(() -> {
            withId.getResponse().getHeaders().set(HEADER, id);
            return Mono.empty();
        });
        return chain.filter(withId);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
