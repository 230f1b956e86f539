package org.eduaid.subsidy.review.domain;

/** Who put the student forward: the rules (应助尽助, nobody had to apply) or the student's school. */
public enum Origin {
    AUTOMATIC, SCHOOL
}
