package org.eduaid.enrollment.household.domain;

import java.util.List;

/**
 * The outside systems that report household flags, named as their Kafka principal and producer in
 * the event catalogue, and which flags each of them speaks for.
 */
public enum FlagSource {
    POVERTY_REGISTRY("poverty-registry", List.of(HouseholdFlag.REGISTERED_POOR)),
    CIVIL_AFFAIRS("civil-affairs", List.of(HouseholdFlag.DIBAO, HouseholdFlag.TEKUN, HouseholdFlag.ORPHAN)),
    DISABILITY_FEDERATION("disability-federation", List.of(HouseholdFlag.DISABILITY));

    private final String wireName;
    private final List<HouseholdFlag> flags;

    FlagSource(String wireName, List<HouseholdFlag> flags) {
        this.wireName = wireName;
        this.flags = flags;
    }

    /** E.g. {@code civil-affairs}: what rows, the API and {@code ExternalFlags.source} carry. */
    public String wireName() {
        return wireName;
    }

    public List<HouseholdFlag> flags() {
        return flags;
    }

    public static FlagSource fromWireName(String name) {
        for (FlagSource source : values()) {
            if (source.wireName.equals(name)) {
                return source;
            }
        }
        throw new IllegalArgumentException("no flag source named " + name);
    }
}
