package org.eduaid.enrollment.school.domain;

/** Whether a school counts as urban or rural, which decides aid standards and teacher allowances. */
public enum Locality {
    URBAN, RURAL
}
