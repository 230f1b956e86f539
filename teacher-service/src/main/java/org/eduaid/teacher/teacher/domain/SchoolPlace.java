package org.eduaid.teacher.teacher.domain;

/** A school as a posting needs it: where it is and whether it is rural now. */
public record SchoolPlace(String schoolCode, String countyCode, boolean rural) {
}
