package org.eduaid.subsidy.catalogue.domain;

import java.util.Optional;

/** The stages of education aid covers, as enrollment-service's events name them. */
public enum Stage {
    PRESCHOOL, PRIMARY, JUNIOR_SECONDARY, SENIOR_SECONDARY, SECONDARY_VOCATIONAL, HIGHER_EDUCATION;

    /** Readers treat a stage they do not know as "other": it matches no programme. */
    public static Optional<Stage> fromEvent(String name) {
        for (Stage stage : values()) {
            if (stage.name().equals(name)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }
}
