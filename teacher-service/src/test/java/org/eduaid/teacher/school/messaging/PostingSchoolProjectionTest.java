package org.eduaid.teacher.school.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.bson.Document;
import org.eduaid.contracts.enrollment.SchoolRegistered;
import org.eduaid.contracts.envelope.EventMetadata;
import org.eduaid.kit.consumer.InboundEvent;
import org.eduaid.kit.consumer.InvalidEventException;
import org.eduaid.kit.consumer.ProjectionWrite;
import org.junit.jupiter.api.Test;


/** The projection function alone: which row it writes, and what it refuses. */
class PostingSchoolProjectionTest {

    @Test
    void aRuralSchoolBecomesARuralPostingGuardedByItsSequence() {
        var writes = PostingSchoolProjection.registered(event(7, "RURAL"));

        assertThat(writes).singleElement().isEqualTo(new ProjectionWrite.IfNewer("posting_schools", "2150042401", 7,
                new Document("name", "新城子镇中心小学").append("countyCode", "150424").append("kind", "PRIMARY")
                        .append("rural", true)));
    }

    @Test
    void anUnknownLocalityIsRejectedAsInvalid() {
        assertThatThrownBy(() -> PostingSchoolProjection.registered(event(1, "SUBURBAN")))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("locality");
    }

    private static InboundEvent<SchoolRegistered> event(long sequence, String locality) {
        Instant now = Instant.parse("2026-09-01T00:00:00Z");
        return new InboundEvent<>(new EventMetadata("e-" + sequence, "eduaid.enrollment.SchoolRegistered.v1",
                "enrollment-service", "2150042401", sequence, now, "c-1"),
                new SchoolRegistered("2150042401", "新城子镇中心小学", "150424", "PRIMARY", locality, false, now));
    }
}
