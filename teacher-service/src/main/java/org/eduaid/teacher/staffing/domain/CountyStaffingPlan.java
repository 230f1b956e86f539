package org.eduaid.teacher.staffing.domain;

import java.time.Instant;
import java.util.List;

/**
 * A county's plan to close its staffing gap (一县一案): the measures it takes in a year and the
 * shortfall they answer. It covers the shortfall when its measures add up to it.
 *
 * @param shortfall the county's shortfall when the plan was set
 */
public record CountyStaffingPlan(String countyCode, int year, List<Measure> measures, int shortfall, Instant setAt) {

    public enum MeasureKind { RECRUIT, SPECIAL_POST, EXCHANGE, DIRECTED_GRADUATE, VOLUNTEER, OTHER }

    public record Measure(MeasureKind kind, int teachers, String note) {

        public Measure {
            if (teachers < 0 || teachers > 100_000) {
                throw new IllegalArgumentException("a measure brings 0 to 100,000 teachers");
            }
            if (note != null && note.length() > 500) {
                throw new IllegalArgumentException("a note is at most 500 characters");
            }
        }
    }

    public CountyStaffingPlan {
        measures = List.copyOf(measures);
    }

    public int teachersPlanned() {
        return measures.stream().mapToInt(Measure::teachers).sum();
    }

    public boolean covers() {
        return teachersPlanned() >= shortfall;
    }

    public int uncovered() {
        return Math.max(0, shortfall - teachersPlanned());
    }
}
