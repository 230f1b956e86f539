package org.eduaid.enrollment.school.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.eduaid.contracts.enrollment.SchoolRegistered;
import org.junit.jupiter.api.Test;

class SchoolTest {

    private static final Instant NOW = Instant.parse("2026-09-01T08:00:00Z");

    @Test
    void registeringASchoolRaisesSchoolRegisteredWithItsWholeState() {
        var result = School.register(new SchoolCode("2150042401"), " 林西县第一小学 ", "150424", SchoolKind.PRIMARY,
                Locality.RURAL, true, NOW);

        assertThat(result.aggregate().name()).isEqualTo("林西县第一小学");
        assertThat(result.events()).containsExactly(new SchoolRegistered("2150042401", "林西县第一小学", "150424",
                "PRIMARY", "RURAL", true, NOW));
    }

    @Test
    void aSchoolCodeIsExactlyTenDigits() {
        assertThat(new SchoolCode("2150042401").value()).isEqualTo("2150042401");
        assertThatThrownBy(() -> new SchoolCode("21500424011")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SchoolCode("215004240")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SchoolCode("215004240X")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SchoolCode(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSchoolNeedsANameAndACountyCode() {
        assertThatThrownBy(() -> School.register(new SchoolCode("2150042401"), " ", "150424", SchoolKind.PRIMARY,
                Locality.RURAL, false, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> School.register(new SchoolCode("2150042401"), "x", "1504", SchoolKind.PRIMARY,
                Locality.RURAL, false, NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
