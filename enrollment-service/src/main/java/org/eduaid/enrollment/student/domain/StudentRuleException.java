package org.eduaid.enrollment.student.domain;

/** A command the student's current state does not allow (e.g. graduating a withdrawn student). */
public class StudentRuleException extends RuntimeException {

    public StudentRuleException(String message) {
        super(message);
    }
}
