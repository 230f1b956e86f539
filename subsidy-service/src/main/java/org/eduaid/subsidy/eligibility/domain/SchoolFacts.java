package org.eduaid.subsidy.eligibility.domain;

import org.eduaid.subsidy.catalogue.domain.Locality;

/** What a rule may ask of the student's school, as this service knows it ({@code null} while unknown). */
public record SchoolFacts(String kind, Locality locality) {

    public static final SchoolFacts UNKNOWN = new SchoolFacts(null, null);

    public boolean known() {
        return kind != null || locality != null;
    }
}
