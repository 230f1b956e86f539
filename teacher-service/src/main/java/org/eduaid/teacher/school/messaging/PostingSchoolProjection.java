package org.eduaid.teacher.school.messaging;

import java.util.List;

import org.bson.Document;
import org.eduaid.contracts.enrollment.SchoolRegistered;
import org.eduaid.kit.consumer.EventHandlers;
import org.eduaid.kit.consumer.InboundEvent;
import org.eduaid.kit.consumer.InvalidEventException;
import org.eduaid.kit.consumer.ProjectionWrite;

/** Keeps {@code posting_schools}: each school reduced to what postings and allowances need. */
public final class PostingSchoolProjection {

    public static final String COLLECTION = "posting_schools";

    private PostingSchoolProjection() {
    }

    public static EventHandlers handlers() {
        return EventHandlers.builder().on(SchoolRegistered.class, PostingSchoolProjection::registered).build();
    }

    static List<ProjectionWrite> registered(InboundEvent<SchoolRegistered> event) {
        SchoolRegistered school = event.data();
        if (!"URBAN".equals(school.locality()) && !"RURAL".equals(school.locality())) {
            throw new InvalidEventException("SchoolRegistered with a locality other than URBAN or RURAL");
        }
        Document posting = new Document("name", school.name())
                .append("countyCode", school.countyCode())
                .append("kind", school.kind())
                .append("rural", "RURAL".equals(school.locality()));
        return List.of(ProjectionWrite.upsertIfNewer(COLLECTION, event.subject(), event.sequence(), posting));
    }
}
