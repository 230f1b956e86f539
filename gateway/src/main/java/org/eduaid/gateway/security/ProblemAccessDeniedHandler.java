package org.eduaid.gateway.security;

import org.eduaid.gateway.GatewayProblem;
import org.eduaid.gateway.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/** Answers a refused request with 403 problem details, saying what the caller can do about it. */
final class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    private final ProblemResponses problems;
    private final GatewayProblem problem;

    private ProblemAccessDeniedHandler(ProblemResponses problems, GatewayProblem problem) {
        this.problems = problems;
        this.problem = problem;
    }

    static ProblemAccessDeniedHandler forbidden(ProblemResponses problems) {
        return new ProblemAccessDeniedHandler(problems, GatewayProblem.ofStatus(HttpStatus.FORBIDDEN));
    }

    static ProblemAccessDeniedHandler missingCsrfToken(ProblemResponses problems) {
        return new ProblemAccessDeniedHandler(problems, new GatewayProblem(HttpStatus.FORBIDDEN,
                "A request that changes data must repeat the XSRF-TOKEN cookie in the X-XSRF-TOKEN header."));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return problems.write(exchange, problem);
    }
}
