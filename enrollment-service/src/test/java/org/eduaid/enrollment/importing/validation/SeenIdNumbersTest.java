package org.eduaid.enrollment.importing.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.eduaid.enrollment.importing.IdNumbers;
import org.eduaid.kit.privacy.ResidentIdNumber;
import org.junit.jupiter.api.Test;

class SeenIdNumbersTest {

    @Test
    void remembersTheFirstRowOfEveryNumberThroughGrowth() {
        SeenIdNumbers seen = new SeenIdNumbers();
        int count = 100_000;
        for (int i = 0; i < count; i++) {
            assertThat(seen.firstSeen(ResidentIdNumber.parse(IdNumbers.nth(i)), i + 2)).isEqualTo(-1);
        }
        for (int i = 0; i < count; i += 997) {
            assertThat(seen.firstSeen(ResidentIdNumber.parse(IdNumbers.nth(i)), 999_999)).isEqualTo(i + 2);
        }
        assertThat(seen.size()).isEqualTo(count);
        assertThat(seen.footprint()).as("at most 32 bytes per number").isLessThanOrEqualTo(32L * count);
    }
}
