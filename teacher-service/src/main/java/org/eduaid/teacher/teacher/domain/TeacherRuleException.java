package org.eduaid.teacher.teacher.domain;

/**
 * A change the registry's rules forbid (a departed teacher moved, a regular post converted, a
 * posting before the current one began). Names the request field it is about.
 */
public class TeacherRuleException extends RuntimeException {

    private final String field;

    public TeacherRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
