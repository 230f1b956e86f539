package org.eduaid.enrollment.household.domain;

/** The kinds of disability a certificate (残疾人证) names. */
public enum DisabilityKind {
    VISUAL, HEARING, SPEECH, PHYSICAL, INTELLECTUAL, MENTAL, MULTIPLE
}
