package org.eduaid.testkit.security;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What each caller gets from one endpoint, written as a table and run as one dynamic test per row:
 * {@code RoleMatrix.of(call).expect("clerk", clerkToken, 403).expect(...)}.
 */
public final class RoleMatrix {

    private final EndpointCall endpoint;
    private final List<Row> rows = new ArrayList<>();

    private RoleMatrix(EndpointCall endpoint) {
        this.endpoint = endpoint;
    }

    public static RoleMatrix of(EndpointCall endpoint) {
        return new RoleMatrix(endpoint);
    }

    public RoleMatrix expect(String caller, TestToken token, int status) {
        rows.add(new Row(caller, token, status));
        return this;
    }

    public Stream<DynamicTest> tests(WebTestClient web) {
        return rows.stream().map(row -> DynamicTest.dynamicTest(endpoint + " as " + row.caller() + " → " + row.status(),
                () -> endpoint.exchange(web, row.token().encode()).expectStatus().isEqualTo(row.status())));
    }

    private record Row(String caller, TestToken token, int status) {
    }
}
