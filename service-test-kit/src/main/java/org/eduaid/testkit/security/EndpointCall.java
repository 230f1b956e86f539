package org.eduaid.testkit.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** One request to an API endpoint, to be repeated with different callers. */
public record EndpointCall(HttpMethod method, String uri, String jsonBody) {

    public static EndpointCall get(String uri) {
        return new EndpointCall(HttpMethod.GET, uri, null);
    }

    public static EndpointCall post(String uri, String jsonBody) {
        return new EndpointCall(HttpMethod.POST, uri, jsonBody);
    }

    /** Sends the call with {@code bearerToken}, or with no Authorization header when it is null. */
    public WebTestClient.ResponseSpec exchange(WebTestClient web, String bearerToken) {
        WebTestClient.RequestBodySpec request = web.method(method).uri(uri);
        if (bearerToken != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken);
        }
        if (jsonBody != null) {
            return request.contentType(MediaType.APPLICATION_JSON).bodyValue(jsonBody).exchange();
        }
        return request.exchange();
    }

    @Override
    public String toString() {
        return method + " " + uri;
    }
}
