package org.eduaid.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eduaid.identity.config.InvalidIdentityConfigurationException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;

/** A provider that cannot issue sound tokens does not start, and says which setting to fix. */
class IdentityProviderStartupTest {

    private static final Map<String, Object> WORKING = Map.of(
            "server.port", "0",
            "eduaid.identity.gateway-client.secret", "gateway-secret",
            "eduaid.identity.demo-accounts.enabled", "true");

    @Test
    void refusesToStartWithoutTheGatewaysClientSecret() {
        Throwable failure = startWith(Map.of("eduaid.identity.gateway-client.secret", ""));

        assertThat(problemsOf(failure)).singleElement().asString().startsWith("EDUAID_GATEWAY_CLIENT_SECRET is not set");
        assertThat(reportOf(failure).getDescription()).contains("EDUAID_GATEWAY_CLIENT_SECRET is not set");
    }

    @Test
    void refusesToStartWithAnAccountWhoseRegionDoesNotFitItsRole() {
        Throwable failure = startWith(Map.of(
                "eduaid.identity.accounts[0].username", "officer.chifeng2",
                "eduaid.identity.accounts[0].password", "a-password",
                "eduaid.identity.accounts[0].role", "CITY_OFFICER",
                "eduaid.identity.accounts[0].region", "150424"));

        assertThat(problemsOf(failure)).containsExactly("eduaid.identity.accounts[0] (officer.chifeng2): "
                + "role CITY_OFFICER needs a 4-digit division code as region, was '150424'");
        FailureAnalysis report = reportOf(failure);
        assertThat(report.getDescription()).startsWith("The identity provider's configuration is invalid:")
                .contains("officer.chifeng2");
        assertThat(report.getAction()).contains("Signing in");
    }

    @Test
    void refusesToStartWithNobodyToSignIn() {
        Throwable failure = startWith(Map.of("eduaid.identity.demo-accounts.enabled", "false"));

        assertThat(problemsOf(failure)).singleElement().asString().contains("no accounts are configured");
    }

    @Test
    void refusesToStartWithAnUnusableTokenLifetime() {
        Throwable failure = startWith(Map.of("eduaid.identity.token.access-token-ttl", "0s"));

        assertThat(problemsOf(failure)).singleElement().asString().startsWith("IDP_ACCESS_TOKEN_TTL must be a positive duration");
    }

    private static Throwable startWith(Map<String, Object> changes) {
        Map<String, Object> properties = new HashMap<>(WORKING);
        properties.putAll(changes);
        // as arguments: default properties would rank below application.yml
        String[] arguments = properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(IdentityProviderApplication.class)
                .run(arguments).close());
        assertThat(failure).as("the start should have failed").isNotNull();
        return failure;
    }

    private static List<String> problemsOf(Throwable failure) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof InvalidIdentityConfigurationException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("cause of %s", failure).isInstanceOf(InvalidIdentityConfigurationException.class);
        return ((InvalidIdentityConfigurationException) cause).problems();
    }

    /** What Spring Boot prints under "APPLICATION FAILED TO START", from the analyzer registered in spring.factories. */
    private static FailureAnalysis reportOf(Throwable failure) {
        // analyzers that need the failed context's bean factory cannot be built here and are skipped
        return SpringFactoriesLoader.forDefaultResourceLocation()
                .load(FailureAnalyzer.class, null, FailureHandler.handleMessage((message, exception) -> { })).stream()
                .map(analyzer -> analyzer.analyze(failure))
                .filter(analysis -> analysis != null && analysis.getCause() instanceof InvalidIdentityConfigurationException)
                .findFirst().orElseThrow(() -> new AssertionError("no failure analyzer explains " + failure));
    }
}
