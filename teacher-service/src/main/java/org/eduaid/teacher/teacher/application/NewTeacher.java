package org.eduaid.teacher.teacher.application;

import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.teacher.teacher.domain.Teacher;

/**
 * A registration ready to store: the teacher with its event, and the name and ID number encrypted
 * for the store (they never leave it in clear).
 */
public record NewTeacher(ResultWithEvents<Teacher> registered, String encryptedName, String encryptedIdNumber) {
}
