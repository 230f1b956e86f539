package org.eduaid.enrollment.dropout.domain;

import java.util.EnumSet;
import java.util.Set;

/** Groups whose cases the Ministry follows most closely (重点群体); shown on every case. */
public enum PriorityGroup {
    REGISTERED_POOR, ORPHAN, DISABLED, LEFT_BEHIND, MIGRANT;

    /**
     * The groups of a child from the student registry's flags; a child is a migrant when the case's
     * county is not the county of the household registration (随迁子女). A child the registry does
     * not know ({@code householdCountyCode == null}) belongs to no group.
     */
    public static Set<PriorityGroup> of(boolean registeredPoor, boolean orphan, boolean disabled, boolean leftBehind,
            String householdCountyCode, String caseCountyCode) {
        Set<PriorityGroup> groups = EnumSet.noneOf(PriorityGroup.class);
        if (registeredPoor) {
            groups.add(REGISTERED_POOR);
        }
        if (orphan) {
            groups.add(ORPHAN);
        }
        if (disabled) {
            groups.add(DISABLED);
        }
        if (leftBehind) {
            groups.add(LEFT_BEHIND);
        }
        if (householdCountyCode != null && !householdCountyCode.equals(caseCountyCode)) {
            groups.add(MIGRANT);
        }
        return Set.copyOf(groups);
    }
}
