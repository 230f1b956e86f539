package org.eduaid.systemtests.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PayloadSchemasTest {

    enum Locality { URBAN, RURAL }

    record Grant(String code, BigDecimal amount) {
    }

    record Sample(String name, boolean boarding, int pupils, Long budget, double share, Instant at, LocalDate on,
            Locality locality, List<Grant> grants, Set<String> tags) {
    }

    record WithOptional(Optional<String> nickname) {
    }

    @Test
    void mapsEachComponentToItsJsonType() {
        Map<String, Object> schema = PayloadSchemas.of(Sample.class);

        assertThat(schema).containsEntry("type", "object").containsEntry("required", List.of("boarding", "pupils", "share"));
        assertThat(schema.get("properties")).isEqualTo(Map.of(
                "name", Map.of("type", "string"),
                "boarding", Map.of("type", "boolean"),
                "pupils", Map.of("type", "integer", "format", "int32"),
                "budget", Map.of("type", "integer", "format", "int64"),
                "share", Map.of("type", "number"),
                "at", Map.of("type", "string", "format", "date-time"),
                "on", Map.of("type", "string", "format", "date"),
                "locality", Map.of("type", "string", "enum", List.of("URBAN", "RURAL")),
                "grants", Map.of("type", "array", "items", Map.of("type", "object",
                        "properties", Map.of("code", Map.of("type", "string"), "amount", Map.of("type", "number")))),
                "tags", Map.of("type", "array", "uniqueItems", true, "items", Map.of("type", "string"))));
    }

    @Test
    void aTypeWithoutAMappingFailsInsteadOfBeingDocumentedWrongly() {
        assertThatThrownBy(() -> PayloadSchemas.of(WithOptional.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.util.Optional<java.lang.String>");
    }
}
