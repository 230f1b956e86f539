package org.eduaid.kit.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

import org.eduaid.kit.security.Access;
import org.eduaid.contracts.identity.Role;
import org.eduaid.kit.web.InvalidRequestException;
import org.springframework.http.CacheControl;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * {@code GET <service>/audit?from=&to=&actor=&action=&record=&page=&size=}: the audit log, newest
 * first, for auditors (their own region scope) and platform administrators (everything).
 */
final class AuditApi {

    private final AuditLog auditLog;
    private final int maxPageSize;

    AuditApi(AuditLog auditLog, int maxPageSize) {
        this.auditLog = auditLog;
        this.maxPageSize = maxPageSize;
    }

    Mono<ServerResponse> find(ServerRequest request) {
        return Access.permit("read the audit log", Role.AUDITOR, Role.PLATFORM_ADMIN)
                .flatMap(caller -> {
                    AuditQuery query = queryOf(request, caller.scope().prefix());
                    return auditLog.find(query).collectList()
                            .flatMap(entries -> ServerResponse.ok()
                                    .cacheControl(CacheControl.noStore())
                                    .bodyValue(Map.of("entries", entries, "page", query.page(), "size", query.size())));
                });
    }

    private AuditQuery queryOf(ServerRequest request, String scopePrefix) {
        int page = number(request, "page", 0);
        int size = number(request, "size", 50);
        if (page < 0) {
            throw InvalidRequestException.of("page", "must be 0 or more");
        }
        if (size < 1 || size > maxPageSize) {
            throw InvalidRequestException.of("size", "must be between 1 and " + maxPageSize);
        }
        return new AuditQuery(Optional.of(scopePrefix), request.queryParam("actor"), request.queryParam("action"),
                request.queryParam("record"), instant(request, "from"), instant(request, "to"), page, size);
    }

    private static int number(ServerRequest request, String name, int fallback) {
        Optional<String> value = request.queryParam(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw InvalidRequestException.of(name, "must be a whole number");
        }
    }

    private static Optional<Instant> instant(ServerRequest request, String name) {
        try {
            return request.queryParam(name).map(Instant::parse);
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.of(name, "must be an ISO-8601 instant such as 2026-01-31T16:00:00Z");
        }
    }
}
