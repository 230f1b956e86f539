package org.eduaid.enrollment.dropout.domain;

/**
 * Who did something to a case: the signed-in user's subject, display name and role, or the
 * system (the roster comparison, the escalation job).
 */
public record Actor(String subject, String displayName, String role) {

    public Actor {
        InvalidCaseDataException.require(subject != null && !subject.isBlank(), "actor", "has a subject");
        InvalidCaseDataException.require(role != null && !role.isBlank(), "actor", "has a role");
        displayName = displayName == null || displayName.isBlank() ? subject : displayName;
    }

    public static Actor system(String job) {
        return new Actor("system:" + job, job, "SYSTEM");
    }
}
