package org.eduaid.kit.audit;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.eduaid.kit.security.Caller;
import org.eduaid.kit.security.Callers;
import org.eduaid.kit.web.CorrelationIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Writes the audit entry of every command (any API request that is not a read) and of every read
 * that disclosed unmasked personal data. The entry is stored before the response is committed, so
 * no caller ever sees the outcome of an action that left no trace; if the log cannot be written the
 * response fails instead.
 */
public final class AuditWebFilter implements WebFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(AuditWebFilter.class);
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final AuditLog auditLog;
    private final Clock clock;

    public AuditWebFilter(AuditLog auditLog, Clock clock) {
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        AuditContext context = new AuditContext();
        return Callers.current()
                .map(Optional::of)
                .onErrorResume(IllegalStateException.class, noCaller -> Mono.just(Optional.empty()))
                .flatMap(caller -> {
                    exchange.getResponse().beforeCommit(() -> recordIfAudited(exchange, context, caller));
                    return chain.filter(exchange).contextWrite(reactor -> reactor.put(AuditContext.KEY, context));
                });
    }

    private Mono<Void> recordIfAudited(ServerWebExchange exchange, AuditContext context, Optional<Caller> caller) {
        ServerHttpRequest request = exchange.getRequest();
        if (READS.contains(request.getMethod()) && !context.disclosedPersonalData()) {
            return Mono.empty();
        }
        AuditEntry entry = entryFor(exchange, context, caller);
        return auditLog.append(entry)
                .doOnError(failure -> log.error("The audit entry of {} {} by {} could not be stored; the response fails",
                        entry.method(), entry.path(), entry.actor(), failure));
    }

    private AuditEntry entryFor(ServerWebExchange exchange, AuditContext context, Optional<Caller> caller) {
        ServerHttpRequest request = exchange.getRequest();
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        int code = status == null ? 200 : status.value();
        String method = request.getMethod().name();
        String path = request.getPath().value();
        String action = context.action() != null ? context.action() : method + " " + path;
        InetSocketAddress remote = request.getRemoteAddress();
        return new AuditEntry(UUID.randomUUID().toString(), clock.instant(),
                caller.map(Caller::subject).orElse("anonymous"),
                caller.map(c -> c.role().name()).orElse(null),
                caller.map(c -> c.scope().prefix()).orElse(null),
                action, context.records(), method, path, code, AuditOutcome.of(code),
                remote == null || remote.getAddress() == null ? null : remote.getAddress().getHostAddress(),
                request.getHeaders().getFirst("X-Forwarded-For"),
                exchange.getAttribute(CorrelationIdFilter.CONTEXT_KEY));
    }

    @Override
    public int getOrder() {
        // after Spring Security's filter chain (order -100), so the caller is known
        return 0;
    }
}
