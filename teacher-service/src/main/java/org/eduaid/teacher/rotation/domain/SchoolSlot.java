package org.eduaid.teacher.rotation.domain;

/**
 * A school of the county as a place to send teachers: rural or not, how many teachers it has and how
 * many it is short of the staffing standard.
 */
public record SchoolSlot(String schoolCode, boolean rural, int teachers, int shortfall) {
}
