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

    /**
     * The scope rules for a record of a school in Linxi county (150424): seen by its own clerk and by
     * every officer and auditor above it, not found by everyone else.
     */
    public static RoleMatrix ofLinxiSchoolRecord(EndpointCall endpoint, String schoolCode) {
        return of(endpoint)
                .expect("the school's own clerk", TestCallers.schoolClerk("150424", schoolCode), 200)
                .expect("another school's clerk", TestCallers.schoolClerk("150424", "1999999999"), 404)
                .expect("Linxi's officer", TestCallers.countyOfficer("150424"), 200)
                .expect("a neighbouring county's officer", TestCallers.countyOfficer("150425"), 404)
                .expect("Chifeng's officer", TestCallers.cityOfficer("1504"), 200)
                .expect("Tongliao's officer", TestCallers.cityOfficer("1505"), 404)
                .expect("Inner Mongolia's auditor", TestCallers.auditor("15"), 200)
                .expect("Tibet's officer", TestCallers.provinceOfficer("54"), 404)
                .expect("the platform admin", TestCallers.platformAdmin(), 200);
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
