package org.eduaid.kit.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Gives every request a correlation id (the caller's {@value #HEADER}, if it is a sane token, else a
 * new one), echoes it in the response and puts it in the reactive context, from where it travels
 * into the events the request causes.
 */
public final class CorrelationIdFilter implements WebFilter, Ordered {

    public static final String HEADER = "X-Correlation-Id";
    public static final String CONTEXT_KEY = "eduaid.correlationId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String offered = exchange.getRequest().getHeaders().getFirst(HEADER);
        String correlationId = offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        exchange.getAttributes().put(CONTEXT_KEY, correlationId);
        exchange.getResponse().getHeaders().set(HEADER, correlationId);
        return chain.filter(exchange).contextWrite(context -> context.put(CONTEXT_KEY, correlationId));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
