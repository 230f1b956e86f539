package org.eduaid.reporting.school.messaging;

import java.util.List;

import org.bson.Document;
import org.eduaid.contracts.enrollment.SchoolRegistered;
import org.eduaid.kit.consumer.EventHandlers;
import org.eduaid.kit.consumer.InboundEvent;
import org.eduaid.kit.consumer.InvalidEventException;
import org.eduaid.kit.consumer.ProjectionWrite;
import org.eduaid.kit.regions.RegionDirectory;
import org.eduaid.kit.regions.RegionLevel;
import org.eduaid.reporting.freshness.SourceFreshness;

/**
 * One row per school in {@code school_figures}, carrying the codes of its county, city and
 * province, so that counting the schools of any node is a match on one indexed field.
 */
public final class SchoolFigureProjection {

    public static final String COLLECTION = "school_figures";

    private final RegionDirectory regions;

    public SchoolFigureProjection(RegionDirectory regions) {
        this.regions = regions;
    }

    public EventHandlers handlers() {
        return EventHandlers.builder().on(SchoolRegistered.class, this::registered).build();
    }

    List<ProjectionWrite> registered(InboundEvent<SchoolRegistered> event) {
        SchoolRegistered school = event.data();
        if (!regions.isCounty(school.countyCode())) {
            throw new InvalidEventException("SchoolRegistered with a county code outside the division list");
        }
        String county = school.countyCode();
        Document row = new Document("countyCode", county)
                .append("cityCode", RegionLevel.CITY.prefixOf(county))
                .append("provinceCode", RegionLevel.PROVINCE.prefixOf(county))
                .append("kind", school.kind())
                .append("locality", school.locality());
        return List.of(ProjectionWrite.upsertIfNewer(COLLECTION, event.subject(), event.sequence(), row),
                SourceFreshness.applied(event.metadata()));
    }
}
