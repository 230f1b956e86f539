package org.eduaid.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.publisher.Mono;

/** Answers failures raised while routing (no route, a service down or too slow) as problem details. */
@Component
public class GatewayProblemHandler implements WebExceptionHandler, Ordered {

    private static final Logger log = LoggerFactory.getLogger(GatewayProblemHandler.class);

    private final ProblemResponses problems;

    public GatewayProblemHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        GatewayProblem problem = GatewayProblem.of(failure);
        if (problem.status().is5xxServerError()) {
            // the exception text names hosts and ports: fine for our logs, not for the caller
            log.warn("Request {} {} failed at the gateway: {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), failure.toString());
        }
        return problems.write(exchange, problem);
    }

    @Override
    public int getOrder() {
        // ahead of Spring Boot's ErrorWebExceptionHandler (-1), which answers in its own format
        return -2;
    }
}
