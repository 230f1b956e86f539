package org.eduaid.enrollment.school.application;

import org.eduaid.enrollment.school.domain.Locality;
import org.eduaid.enrollment.school.domain.SchoolCode;
import org.eduaid.enrollment.school.domain.SchoolKind;

/** The command to add a school to the registry. */
public record RegisterSchool(SchoolCode code, String name, String countyCode, SchoolKind kind, Locality locality,
        boolean boarding) {
}
