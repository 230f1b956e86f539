package org.eduaid.contracts.teacher;

import java.time.Instant;
import java.util.List;

import org.eduaid.contracts.EventType;

/**
 * A teacher entered the registry with their career so far.
 *
 * @param teacherId the registry's pseudonymous id; also the event subject. The resident ID number
 *        never leaves teacher-service, only its masked form.
 * @param subjects CHINESE, MATHEMATICS, ENGLISH, ... as registered; readers treat unknown values as "other"
 * @param postType REGULAR, SPECIAL_POST (特岗), DIRECTED_GRADUATE (公费定向) or VOLUNTEER (支教/顶岗)
 * @param postStartsOn ISO date the post began
 * @param postEndsOn ISO date a fixed-term post ends (special posts: 3 years; volunteers: their period), else null
 * @param backbone a backbone teacher (骨干教师), which rotation plans must include in proportion
 * @param principal the school's principal or vice-principal
 * @param history every posting so far, oldest first; the last one without an end is the current school
 */
@EventType(name = "eduaid.teacher.TeacherRegistered", version = 1)
public record TeacherRegistered(String teacherId, String maskedName, String maskedIdNumber, List<String> subjects,
        String title, String postType, String postStartsOn, String postEndsOn, boolean backbone, boolean principal,
        List<TeacherPosting> history, Instant recordedAt) {
}
