package org.eduaid.teacher.rotation.domain;

import java.util.List;

/**
 * A teacher of the county as the planner sees them on the plan's first day.
 *
 * @param yearsAtSchool completed years at the current school without a break
 */
public record Candidate(String teacherId, String schoolCode, boolean rural, List<String> subjects, boolean backbone,
        boolean principal, int yearsAtSchool) {
}
