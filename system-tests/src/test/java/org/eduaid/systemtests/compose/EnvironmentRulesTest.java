package org.eduaid.systemtests.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.eduaid.systemtests.compose.EnvironmentRules.Address;
import org.junit.jupiter.api.Test;

class EnvironmentRulesTest {

    @Test
    void findsTheAddressesOfUrlsAndHostPortLists() {
        assertThat(EnvironmentRules.addressesIn("http://subsidy-service:8080/api"))
                .containsExactly(new Address("subsidy-service", "8080"));
        assertThat(EnvironmentRules.addressesIn("http://gateway")).containsExactly(new Address("gateway", ""));
        assertThat(EnvironmentRules.addressesIn("mongodb://user:secret@mongo-a:27017,mongo-b:27017/db?replicaSet=rs0"))
                .containsExactly(new Address("mongo-a", "27017"), new Address("mongo-b", "27017"));
        assertThat(EnvironmentRules.addressesIn("kafka:9092,kafka-2:9092"))
                .containsExactly(new Address("kafka", "9092"), new Address("kafka-2", "9092"));
    }

    /** The browser's address of a published port, whose variable's default holds a colon of its own. */
    @Test
    void aPortMayBeAComposeVariableWithADefault() {
        assertThat(EnvironmentRules.addressesIn("http://localhost:${KEYCLOAK_PORT:-8180}/realms/eduaid"))
                .containsExactly(new Address("localhost", "${KEYCLOAK_PORT:-8180}"));
    }

    @Test
    void plainValuesNameNoHost() {
        assertThat(EnvironmentRules.addressesIn("8080")).isEmpty();
        assertThat(EnvironmentRules.addressesIn("ecs")).isEmpty();
        assertThat(EnvironmentRules.addressesIn("${KAFKA_PARTITIONS:-6}")).isEmpty();
        assertThat(EnvironmentRules.addressesIn("-Xmx128m")).isEmpty();
    }

    @Test
    void readsTheDatabaseOfAMongoUri() {
        assertThat(EnvironmentRules.databaseOf("mongodb://mongo:27017/subsidy?replicaSet=rs0")).isEqualTo("subsidy");
        assertThat(EnvironmentRules.databaseOf("mongodb://mongo:27017/reporting")).isEqualTo("reporting");
        assertThat(EnvironmentRules.databaseOf("mongodb://mongo:27017")).isEmpty();
        assertThat(EnvironmentRules.databaseOf("mongodb://mongo:27017/?replicaSet=rs0")).isEmpty();
    }
}
