package org.eduaid.gateway;

import java.net.ConnectException;
import java.net.UnknownHostException;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;

import reactor.netty.http.client.PrematureCloseException;

/**
 * What the gateway tells a caller when it cannot answer a request itself or through a service:
 * a status and a sentence for people, never the internal exception text (it names hosts and ports).
 */
public record GatewayProblem(HttpStatusCode status, String detail) {

    public static GatewayProblem of(Throwable failure) {
        if (causedBy(failure, ConnectException.class) || causedBy(failure, UnknownHostException.class)) {
            return new GatewayProblem(HttpStatus.SERVICE_UNAVAILABLE,
                    "The service behind this path is not reachable right now; try again shortly.");
        }
        if (causedBy(failure, PrematureCloseException.class)) {
            return new GatewayProblem(HttpStatus.BAD_GATEWAY,
                    "The service behind this path closed the connection before answering.");
        }
        if (failure instanceof ResponseStatusException status) {
            return ofStatus(status.getStatusCode());
        }
        return new GatewayProblem(HttpStatus.INTERNAL_SERVER_ERROR,
                "The gateway could not complete the request; quote the correlation id when reporting it.");
    }

    public static GatewayProblem ofStatus(HttpStatusCode status) {
        String detail = switch (status.value()) {
            case 401 -> "Sign in first, or send a valid bearer token.";
            case 403 -> "This request is not allowed.";
            case 404 -> "No EduAid API is published at this path.";
            case 405 -> "This path does not accept the request method.";
            case 413 -> "The request body is larger than the gateway accepts.";
            case 429 -> "Too many requests from this caller; try again after the seconds given in Retry-After.";
            case 504 -> "The service behind this path did not answer in time.";
            default -> reasonPhrase(status);
        };
        return new GatewayProblem(status, detail);
    }

    public String title() {
        return reasonPhrase(status);
    }

    private static String reasonPhrase(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "HTTP " + status.value();
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
