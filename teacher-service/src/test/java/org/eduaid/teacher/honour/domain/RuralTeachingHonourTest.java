package org.eduaid.teacher.honour.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eduaid.teacher.teacher.domain.Posting;
import org.eduaid.teacher.teacher.domain.PostingReason;
import org.eduaid.teacher.teacher.domain.ServiceRecord;
import org.junit.jupiter.api.Test;

class RuralTeachingHonourTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void eachMilestoneReachedByTheYearsEndEarnsItsCertificateCreditedToTheSchoolOfThatDay() {
        ServiceRecord service = new ServiceRecord(List.of(
                new Posting("village", "150424", true, LocalDate.of(1998, 9, 1), LocalDate.of(2010, 8, 31), PostingReason.POSTED, null),
                new Posting("town", "150424", true, LocalDate.of(2010, 9, 1), null, PostingReason.TRANSFERRED, null)));

        var earned = RuralTeachingHonour.earnedBy("t-abcdefgh12345678", service, 2026, LocalDate.of(2026, 12, 1), NOW);

        assertThat(earned).singleElement().satisfies(honour -> {
            assertThat(honour.aggregate().id()).isEqualTo("t-abcdefgh12345678~20");
            assertThat(honour.aggregate().reachedOn()).isEqualTo(LocalDate.of(2018, 8, 31));
            assertThat(honour.aggregate().schoolCode()).isEqualTo("town");
            assertThat(honour.aggregate().certificateNumber()).isEqualTo("150424-2018-20-12345678");
        });
        assertThat(RuralTeachingHonour.earnedBy("t-1", service, 2018, LocalDate.of(2018, 12, 1), NOW)).hasSize(1);
        assertThat(RuralTeachingHonour.earnedBy("t-1", service, 2017, LocalDate.of(2017, 12, 1), NOW)).isEmpty();
    }

    @Test
    void thirtyYearsEarnBothCertificates() {
        ServiceRecord service = new ServiceRecord(List.of(
                new Posting("village", "150424", true, LocalDate.of(1996, 9, 1), null, PostingReason.POSTED, null)));

        assertThat(RuralTeachingHonour.earnedBy("t-1", service, 2026, LocalDate.of(2026, 12, 1), NOW))
                .extracting(honour -> honour.aggregate().years()).containsExactly(20, 30);
    }
}
