package org.eduaid.gateway;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Gives a problem-details body to errors that filters answer by setting a status and completing the
 * response without a body, instead of raising an exception: the RequestSize filter's 413, and the
 * CORS check's 403, which sets the status and simply stops the chain.
 */
@Component
public class BodilessErrorProblemFilter implements WebFilter, Ordered {

    private final ProblemResponses problems;

    public BodilessErrorProblemFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpResponse answeringWithProblems = new ServerHttpResponseDecorator(exchange.getResponse()) {
            @Override
            public Mono<Void> setComplete() {
                HttpStatusCode status = getStatusCode();
                if (status != null && status.isError() && !isCommitted()) {
                    return problems.write(exchange, GatewayProblem.ofStatus(status));
                }
                return super.setComplete();
            }
        };
        return chain.filter(exchange.mutate().response(answeringWithProblems).build())
                .then(Mono.defer(() -> {
                    HttpStatusCode status = answeringWithProblems.getStatusCode();
                    if (status != null && status.isError() && !answeringWithProblems.isCommitted()) {
                        return problems.write(exchange, GatewayProblem.ofStatus(status));
                    }
                    return Mono.empty();
                }));
    }

    @Override
    public int getOrder() {
        // after the correlation id is assigned, so the problem body can quote it
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
