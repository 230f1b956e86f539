package org.eduaid.subsidy.school.messaging;

import java.util.List;

import org.bson.Document;
import org.eduaid.contracts.enrollment.SchoolRegistered;
import org.eduaid.kit.consumer.EventHandlers;
import org.eduaid.kit.consumer.InboundEvent;
import org.eduaid.kit.consumer.InvalidEventException;
import org.eduaid.kit.consumer.ProjectionWrite;

/** Keeps {@code aid_schools} in step with the school registry. */
public final class AidSchoolProjection {

    public static final String COLLECTION = "aid_schools";

    private AidSchoolProjection() {
    }

    public static EventHandlers handlers() {
        return EventHandlers.builder().on(SchoolRegistered.class, AidSchoolProjection::registered).build();
    }

    static List<ProjectionWrite> registered(InboundEvent<SchoolRegistered> event) {
        SchoolRegistered school = event.data();
        if (school.countyCode() == null || !school.countyCode().matches("\\d{6}")) {
            throw new InvalidEventException("SchoolRegistered without a 6-digit countyCode");
        }
        if (!event.subject().equals(school.schoolCode())) {
            throw new InvalidEventException("SchoolRegistered subject differs from its schoolCode");
        }
        return List.of(ProjectionWrite.upsertIfNewer(COLLECTION, event.subject(), event.sequence(),
                new Document("name", school.name())
                        .append("countyCode", school.countyCode())
                        .append("kind", school.kind())
                        .append("locality", school.locality())
                        .append("boarding", school.boarding())));
    }
}
