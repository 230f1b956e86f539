package org.eduaid.reporting.school.application;

import java.util.List;
import java.util.Map;

import org.eduaid.reporting.freshness.Freshness;

/** How many schools a region has, by kind and locality, with the same for each region under it. */
public record SchoolCounts(RegionRef region, long schools, Map<String, Long> byKind, Map<String, Long> byLocality,
        List<ChildCount> children, Freshness freshness) {

    public record RegionRef(String code, String name, String level) {
    }

    public record ChildCount(String code, String name, long schools) {
    }
}
