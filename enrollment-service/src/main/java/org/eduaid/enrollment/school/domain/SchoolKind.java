package org.eduaid.enrollment.school.domain;

/** Kinds of school in the registry; the name is what goes on the wire. */
public enum SchoolKind {
    KINDERGARTEN, PRIMARY, JUNIOR_SECONDARY, NINE_YEAR, SENIOR_SECONDARY, SECONDARY_VOCATIONAL, SPECIAL_EDUCATION,
    TEACHING_POINT, UNIVERSITY
}
