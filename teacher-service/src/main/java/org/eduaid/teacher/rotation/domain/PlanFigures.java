package org.eduaid.teacher.rotation.domain;

/**
 * What a plan has to meet and what it meets.
 *
 * @param due teachers due to rotate (not principals)
 * @param required how many of them must rotate
 * @param backboneRequired how many of those rotating must be backbone teachers
 * @param duePrincipals principals due to rotate; the same share of them must
 */
public record PlanFigures(int due, int required, int backboneRequired, int duePrincipals, int principalsRequired,
        int rotating, int backboneRotating, int principalsRotating, int urbanToRural, int ruralToUrban,
        int withinRural, int withinUrban) {
}
