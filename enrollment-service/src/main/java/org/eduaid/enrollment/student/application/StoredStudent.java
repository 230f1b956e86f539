package org.eduaid.enrollment.student.application;

import org.eduaid.enrollment.student.domain.Student;

/** A student as read from the store, with the version a change must expect. */
public record StoredStudent(Student student, long version) {
}
