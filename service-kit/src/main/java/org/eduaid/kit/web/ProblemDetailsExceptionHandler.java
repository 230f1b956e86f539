package org.eduaid.kit.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eduaid.kit.outbox.AggregateAlreadyExistsException;
import org.eduaid.kit.outbox.StaleAggregateException;
import org.eduaid.kit.privacy.ResidentIdRedactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.publisher.Mono;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers every failed request with RFC 9457 problem details ({@code application/problem+json}):
 * status, title, a detail a person can act on, the offending fields, and the correlation id to
 * quote to support. Never a stack trace, never the rejected value (it may be a child's ID number).
 */
public final class ProblemDetailsExceptionHandler implements WebExceptionHandler, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsExceptionHandler.class);
    private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final JsonMapper json;

    public ProblemDetailsExceptionHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        Problem problem = problemFor(failure);
        if (problem.status().is5xxServerError()) {
            log.error("Request {} {} failed", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), failure);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", URI.create("about:blank").toString());
        body.put("title", HttpStatus.valueOf(problem.status().value()).getReasonPhrase());
        body.put("status", problem.status().value());
        body.put("detail", problem.detail());
        body.put("instance", ResidentIdRedactor.redact(exchange.getRequest().getPath().value()));
        if (!problem.errors().isEmpty()) {
            body.put("errors", problem.errors());
        }
        Object correlationId = exchange.getAttribute(CorrelationIdFilter.CONTEXT_KEY);
        if (correlationId != null) {
            body.put("correlationId", correlationId);
        }
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponse().setStatusCode(problem.status());
        HttpHeaders headers = exchange.getResponse().getHeaders();
        headers.setContentType(PROBLEM_JSON);
        headers.setContentLength(bytes.length);
        return exchange.getResponse().writeWith(Mono.just(exchange.getResponse().bufferFactory().wrap(bytes)));
    }

    static Problem problemFor(Throwable failure) {
        if (failure instanceof InvalidRequestException invalid) {
            return new Problem(HttpStatus.BAD_REQUEST, "The request has invalid fields.", invalid.violations());
        }
        if (failure instanceof WebExchangeBindException binding) {
            List<InvalidRequestException.FieldViolation> errors = binding.getFieldErrors().stream()
                    .map(ProblemDetailsExceptionHandler::violation).toList();
            return new Problem(HttpStatus.BAD_REQUEST, "The request has invalid fields.", errors);
        }
        if (failure instanceof AuthenticationException) {
            return new Problem(HttpStatus.UNAUTHORIZED, "Sign in first: a valid bearer token from the EduAid identity provider is required.",
                    List.of());
        }
        if (failure instanceof ForbiddenException forbidden) {
            return new Problem(HttpStatus.FORBIDDEN, forbidden.getMessage() + ".", List.of());
        }
        if (failure instanceof AccessDeniedException) {
            return new Problem(HttpStatus.FORBIDDEN, "Your role may not do this.", List.of());
        }
        if (failure instanceof ResourceNotFoundException notFound) {
            return new Problem(HttpStatus.NOT_FOUND, notFound.getMessage(), List.of());
        }
        if (failure instanceof ConflictException conflict) {
            return new Problem(HttpStatus.CONFLICT, conflict.getMessage(), List.of());
        }
        if (failure instanceof AggregateAlreadyExistsException exists) {
            return new Problem(HttpStatus.CONFLICT, exists.aggregateId() + " is already registered.", List.of());
        }
        if (failure instanceof StaleAggregateException) {
            return new Problem(HttpStatus.CONFLICT, "The record was changed by someone else; reload and try again.",
                    List.of());
        }
        if (causedBy(failure, DataBufferLimitException.class)) {
            return new Problem(HttpStatus.CONTENT_TOO_LARGE, "The request body is too large.", List.of());
        }
        if (failure instanceof ServerWebInputException input) {
            return unreadableBody(input);
        }
        if (failure instanceof ResponseStatusException status) {
            return new Problem(status.getStatusCode(), status.getReason() == null
                    ? HttpStatus.valueOf(status.getStatusCode().value()).getReasonPhrase() : status.getReason(), List.of());
        }
        return new Problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed; quote the correlation id when reporting it.", List.of());
    }

    private static Problem unreadableBody(ServerWebInputException input) {
        DatabindException databind = cause(input, DatabindException.class);
        if (databind != null && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
            return new Problem(HttpStatus.BAD_REQUEST, "The request has invalid fields.",
                    List.of(new InvalidRequestException.FieldViolation(field, "has the wrong type or format")));
        }
        String detail = input.getReason() != null && input.getReason().startsWith("No request body")
                ? "The request body is missing." : "The request body is not valid JSON.";
        return new Problem(HttpStatus.BAD_REQUEST, detail, List.of());
    }

    private static InvalidRequestException.FieldViolation violation(FieldError error) {
        return new InvalidRequestException.FieldViolation(error.getField(),
                error.isBindingFailure() ? "has the wrong type or format" : error.getDefaultMessage());
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        return cause(failure, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    @Override
    public int getOrder() {
        // ahead of Spring Boot's own error handler, which would answer in its own format
        return -2;
    }

    record Problem(HttpStatusCode status, String detail, List<InvalidRequestException.FieldViolation> errors) {
    }
}
