package org.eduaid.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The provider as the gateway and a browser see it: discovery, the sign-in form, the code exchange
 * and the tokens that come out of it, checked against the published key set.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "eduaid.identity.issuer=" + AuthorizationCodeFlowTest.ISSUER,
        "eduaid.identity.gateway-client.secret=" + AuthorizationCodeFlowTest.CLIENT_SECRET,
        "eduaid.identity.demo-accounts.enabled=true",
        // an operator's account next to the demo ones, with a plain password as configuration may give it
        "eduaid.identity.accounts[0].username=officer.ordos",
        "eduaid.identity.accounts[0].password=" + AuthorizationCodeFlowTest.OPERATOR_PASSWORD,
        "eduaid.identity.accounts[0].role=CITY_OFFICER",
        "eduaid.identity.accounts[0].region=1506",
        "eduaid.identity.accounts[0].display-name=鄂尔多斯市教育局"})
@ExtendWith(OutputCaptureExtension.class)
class AuthorizationCodeFlowTest {

    static final String ISSUER = "https://idp.eduaid.test";
    static final String CLIENT_SECRET = "gateway-secret-for-tests";
    static final String OPERATOR_PASSWORD = "ordos-operator-password";
    private static final String DEMO_PASSWORD = "eduaid-demo";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theDiscoveryDocumentNamesTheConfiguredIssuerWhateverHostItIsAskedAt() throws Exception {
        String discovery = get("/.well-known/openid-configuration").body();

        assertThat(JsonPath.<String>read(discovery, "$.issuer")).isEqualTo(ISSUER);
        assertThat(JsonPath.<String>read(discovery, "$.jwks_uri")).isEqualTo(ISSUER + "/oauth2/jwks");
        assertThat(JsonPath.<String>read(discovery, "$.end_session_endpoint")).isEqualTo(ISSUER + "/connect/logout");
    }

    @Test
    void aCountyOfficerSignsInAndTheAccessTokenCarriesTheirScopeForTheServices() throws Exception {
        ScriptedSignIn flow = new ScriptedSignIn(provider());
        String code = flow.signIn("officer.linxi", DEMO_PASSWORD).orElseThrow();

        HttpResponse<String> tokens = flow.exchange(code, CLIENT_SECRET);

        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JWTClaimsSet access = verified(JsonPath.read(tokens.body(), "$.access_token"));
        assertThat(access.getIssuer()).isEqualTo(ISSUER);
        assertThat(access.getSubject()).isEqualTo("officer.linxi");
        assertThat(access.getAudience()).contains("eduaid-api", ScriptedSignIn.CLIENT_ID);
        assertThat(access.getStringClaim("eduaid_role")).isEqualTo("COUNTY_OFFICER");
        assertThat(access.getStringClaim("eduaid_region")).isEqualTo("150424");
        assertThat(access.getClaim("eduaid_school")).isNull();
        assertThat(access.getStringClaim("name")).isEqualTo("林西县教育局");
        assertThat(Duration.between(access.getIssueTime().toInstant(), access.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(access.getExpirationTime()).isAfter(new Date());

        JWTClaimsSet id = verified(JsonPath.read(tokens.body(), "$.id_token"));
        assertThat(id.getAudience()).containsExactly(ScriptedSignIn.CLIENT_ID);
        assertThat(id.getStringClaim("eduaid_role")).isEqualTo("COUNTY_OFFICER");
        assertThat(id.getStringClaim("eduaid_region")).isEqualTo("150424");
        assertThat(id.getStringClaim("name")).isEqualTo("林西县教育局");
    }

    @Test
    void aClerkCarriesTheirSchoolAndThePlatformAdminNoRegion() throws Exception {
        JWTClaimsSet clerk = accessTokenOf("clerk.linxi", DEMO_PASSWORD);
        JWTClaimsSet admin = accessTokenOf("admin", DEMO_PASSWORD);

        assertThat(clerk.getStringClaim("eduaid_role")).isEqualTo("SCHOOL_CLERK");
        assertThat(clerk.getStringClaim("eduaid_region")).isEqualTo("150424");
        assertThat(clerk.getStringClaim("eduaid_school")).isEqualTo("1150424001");
        assertThat(admin.getStringClaim("eduaid_role")).isEqualTo("PLATFORM_ADMIN");
        assertThat(admin.getClaims()).doesNotContainKeys("eduaid_region", "eduaid_school");
    }

    @Test
    void anOperatorsConfiguredAccountSignsInWithItsPlainPassword() throws Exception {
        JWTClaimsSet access = accessTokenOf("officer.ordos", OPERATOR_PASSWORD);

        assertThat(access.getStringClaim("eduaid_role")).isEqualTo("CITY_OFFICER");
        assertThat(access.getStringClaim("eduaid_region")).isEqualTo("1506");
    }

    @Test
    void aRefreshGivesFreshTokensWithTheSameClaimsAndANewRefreshToken() throws Exception {
        ScriptedSignIn flow = new ScriptedSignIn(provider());
        HttpResponse<String> first = flow.exchange(flow.signIn("officer.chifeng", DEMO_PASSWORD).orElseThrow(), CLIENT_SECRET);
        String refreshToken = JsonPath.read(first.body(), "$.refresh_token");

        HttpResponse<String> refreshed = flow.refresh(refreshToken, CLIENT_SECRET);

        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        assertThat(JsonPath.<String>read(refreshed.body(), "$.refresh_token")).isNotEqualTo(refreshToken);
        JWTClaimsSet access = verified(JsonPath.read(refreshed.body(), "$.access_token"));
        assertThat(access.getStringClaim("eduaid_region")).isEqualTo("1504");
        assertThat(access.getAudience()).contains("eduaid-api");
        assertThat(flow.refresh(refreshToken, CLIENT_SECRET).statusCode()).as("the used refresh token again").isEqualTo(400);
    }

    @Test
    void userinfoAnswersWithTheSameClaims() throws Exception {
        ScriptedSignIn flow = new ScriptedSignIn(provider());
        HttpResponse<String> tokens = flow.exchange(flow.signIn("auditor.nm", DEMO_PASSWORD).orElseThrow(), CLIENT_SECRET);

        HttpResponse<String> userInfo = http.send(HttpRequest.newBuilder(provider().resolve("/userinfo"))
                .header("Authorization", "Bearer " + JsonPath.read(tokens.body(), "$.access_token")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(userInfo.statusCode()).as(userInfo.body()).isEqualTo(200);
        assertThat(JsonPath.<String>read(userInfo.body(), "$.sub")).isEqualTo("auditor.nm");
        assertThat(JsonPath.<String>read(userInfo.body(), "$.eduaid_role")).isEqualTo("AUDITOR");
        assertThat(JsonPath.<String>read(userInfo.body(), "$.eduaid_region")).isEqualTo("15");
    }

    @Test
    void aWrongPasswordGivesNoCodeAndIsLoggedWithoutThePassword(CapturedOutput output) throws Exception {
        String wrongPassword = "not-the-password-4711";
        String typedIntoTheWrongField = "15042420120304002x";

        assertThat(new ScriptedSignIn(provider()).signIn("officer.linxi", wrongPassword)).isEmpty();
        assertThat(new ScriptedSignIn(provider()).signIn(typedIntoTheWrongField, wrongPassword)).isEmpty();

        assertThat(output.getOut()).contains("Sign-in failed for user 'officer.linxi' from",
                        "Sign-in failed for an unknown username from")
                .doesNotContain(wrongPassword).doesNotContain(typedIntoTheWrongField);
    }

    @Test
    void onlyTheGatewayWithItsSecretExchangesACode() throws Exception {
        ScriptedSignIn flow = new ScriptedSignIn(provider());
        String code = flow.signIn("officer.nm", DEMO_PASSWORD).orElseThrow();

        assertThat(flow.exchange(code, "guessed-secret").statusCode()).isEqualTo(401);
        assertThat(flow.exchange(code, CLIENT_SECRET).statusCode()).isEqualTo(200);
    }

    @Test
    void healthIsOpenWhileEverythingElseWantsASignIn() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(provider().resolve("/actuator/env"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    private JWTClaimsSet accessTokenOf(String username, String password) throws Exception {
        ScriptedSignIn flow = new ScriptedSignIn(provider());
        HttpResponse<String> tokens = flow.exchange(flow.signIn(username, password).orElseThrow(), CLIENT_SECRET);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return verified(JsonPath.read(tokens.body(), "$.access_token"));
    }

    /** The claims of a token whose RS256 signature checks out against the provider's published key set. */
    private JWTClaimsSet verified(String token) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        JWKSet published = JWKSet.parse(get("/oauth2/jwks").body());
        RSAKey key = (RSAKey) published.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).as("published key %s", jwt.getHeader().getKeyID()).isNotNull();
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        return jwt.getJWTClaimsSet();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(provider().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI provider() {
        return URI.create("http://localhost:" + port);
    }
}
