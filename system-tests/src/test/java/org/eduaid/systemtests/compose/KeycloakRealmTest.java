package org.eduaid.systemtests.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eduaid.systemtests.RepositoryRoot;
import org.eduaid.systemtests.Yamls;
import org.junit.jupiter.api.Test;

/**
 * docker/keycloak/eduaid-realm.json gives the tokens the contract the services rely on (issuer,
 * audience, role and scope claims), keeps the gateway's secret out of the file, lets nobody change
 * their own role or region, and brings the same demo accounts as the embedded identity provider.
 */
class KeycloakRealmTest {

    static final String REALM_FILE = "docker/keycloak/eduaid-realm.json";
    private static final List<String> CLAIMS = List.of("eduaid_role", "eduaid_region", "eduaid_school");

    private final Path root = RepositoryRoot.find();
    // JSON is YAML, so the same reader does
    private final Map<String, Object> realm = Yamls.read(root.resolve(REALM_FILE));
    private final ComposeFile compose = ComposeFile.read(root.resolve(Platform.COMPOSE_FILE));

    @Test
    void theGatewaysClientIsConfidentialWithItsSecretFromTheEnvironment() {
        Map<String, Object> client = gatewayClient();

        assertThat(realm.get("realm")).isEqualTo("eduaid");
        assertThat(realm.get("registrationAllowed")).isEqualTo(false);
        assertThat(client.get("publicClient")).isEqualTo(false);
        assertThat(client.get("secret")).isEqualTo("${EDUAID_GATEWAY_CLIENT_SECRET}");
        assertThat(client.get("standardFlowEnabled")).isEqualTo(true);
        assertThat(client.get("implicitFlowEnabled")).isEqualTo(false);
        assertThat(client.get("directAccessGrantsEnabled")).isEqualTo(false);
        assertThat(client.get("redirectUris")).isEqualTo(List.of("${EDUAID_GATEWAY_URL}/login/oauth2/code/eduaid"));
    }

    @Test
    void accessAndIdTokensCarryTheRoleAndScopeClaimsAndAccessTokensTheApiAudience() {
        List<Map<String, Object>> mappers = maps(gatewayClient().get("protocolMappers"));

        for (String claim : CLAIMS) {
            assertThat(mappers).as(claim).anySatisfy(mapper -> {
                assertThat(mapper.get("protocolMapper")).isEqualTo("oidc-usermodel-attribute-mapper");
                assertThat(config(mapper)).containsEntry("user.attribute", claim).containsEntry("claim.name", claim)
                        .containsEntry("access.token.claim", "true").containsEntry("id.token.claim", "true");
            });
        }
        assertThat(mappers).anySatisfy(mapper -> {
            assertThat(mapper.get("protocolMapper")).isEqualTo("oidc-audience-mapper");
            assertThat(config(mapper)).containsEntry("included.custom.audience", "eduaid-api")
                    .containsEntry("access.token.claim", "true");
        });
    }

    @Test
    void onlyAdministratorsSeeOrChangeAUsersRoleAndScope() {
        Map<String, Object> profile = Yamls.parse(String.valueOf(((List<?>) config(maps(
                map(realm.get("components")).get("org.keycloak.userprofile.UserProfileProvider")).get(0))
                .get("kc.user.profile.config")).get(0)));

        List<Map<String, Object>> attributes = maps(profile.get("attributes"));
        for (String claim : CLAIMS) {
            assertThat(attributes).as(claim).anySatisfy(attribute -> {
                assertThat(attribute.get("name")).isEqualTo(claim);
                assertThat(attribute.get("permissions")).isEqualTo(Map.of("view", List.of("admin"), "edit", List.of("admin")));
            });
        }
        assertThat(profile).doesNotContainKey("unmanagedAttributePolicy");
    }

    /** Their ids are their names, so that {@code sub} is the user name, as from the embedded provider. */
    @Test
    void theDemoAccountsAreThoseOfTheEmbeddedProvider() {
        List<Map<String, Object>> users = maps(realm.get("users"));

        assertThat(users).extracting(user -> user.get("username"), user -> attribute(user, "eduaid_role"),
                user -> attribute(user, "eduaid_region"), user -> attribute(user, "eduaid_school")).containsExactly(
                tuple("admin", "PLATFORM_ADMIN", null, null),
                tuple("auditor.nm", "AUDITOR", "15", null),
                tuple("officer.nm", "PROVINCE_OFFICER", "15", null),
                tuple("officer.chifeng", "CITY_OFFICER", "1504", null),
                tuple("officer.linxi", "COUNTY_OFFICER", "150424", null),
                tuple("officer.keshiketeng", "COUNTY_OFFICER", "150425", null),
                tuple("clerk.linxi", "SCHOOL_CLERK", "150424", "1150424001"),
                tuple("officer.xizang", "PROVINCE_OFFICER", "54", null));
        assertThat(users).allSatisfy(user -> {
            assertThat(user.get("id")).isEqualTo(user.get("username"));
            assertThat(user.get("firstName")).as("display name").asString().isNotBlank();
            assertThat(maps(user.get("credentials"))).singleElement().satisfies(credential -> {
                assertThat(credential.get("value")).isEqualTo("eduaid-demo");
                assertThat(credential.get("temporary")).isEqualTo(false);
            });
        });
    }

    @Test
    void composeImportsTheRealmWithTheGatewaysSecretAndAddressAndNamesOneIssuer() {
        ComposeService keycloak = compose.service("keycloak").orElseThrow();
        ComposeService gateway = compose.service("gateway").orElseThrow();

        assertThat(keycloak.command()).contains("--import-realm");
        assertThat(keycloak.definition().get("volumes")).asList()
                .contains("./" + REALM_FILE + ":/opt/keycloak/data/import/eduaid-realm.json:ro");
        assertThat(keycloak.environment().get("EDUAID_GATEWAY_CLIENT_SECRET"))
                .isEqualTo(gateway.environment().get("EDUAID_GATEWAY_CLIENT_SECRET"));
        assertThat(keycloak.environment().get("EDUAID_GATEWAY_URL"))
                .isEqualTo("http://localhost:" + gateway.publishedPorts().get(0));
        assertThat(gateway.environment().get("EDUAID_OIDC_ISSUER_URI"))
                .isEqualTo(keycloak.environment().get("KC_HOSTNAME") + "/realms/eduaid");
    }

    private Map<String, Object> gatewayClient() {
        return maps(realm.get("clients")).stream().filter(client -> "eduaid-gateway".equals(client.get("clientId")))
                .findFirst().orElseThrow();
    }

    private static Object attribute(Map<String, Object> user, String name) {
        Object values = map(user.get("attributes")).get(name);
        return values == null ? null : ((List<?>) values).get(0);
    }

    private static Map<String, Object> config(Map<String, Object> component) {
        return map(component.get("config"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object node) {
        return (List<Map<String, Object>>) node;
    }
}
