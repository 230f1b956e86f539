package org.eduaid.teacher.allowance.domain;

/**
 * What a school pays its teachers under the rural teacher living allowance (乡村教师生活补助):
 * Inner Mongolia pays by kind of school, Tibet by the zone class of the place (by altitude and remoteness).
 */
public enum AllowanceTier {
    /** A rural school (乡镇学校). */
    RURAL_SCHOOL,
    /** A village school or teaching point (村小、教学点), harder to staff, paid more. */
    VILLAGE_SCHOOL,
    /** Tibet's zone classes 2 to 4 (二类、三类、四类区). */
    ZONE_2, ZONE_3, ZONE_4
}
