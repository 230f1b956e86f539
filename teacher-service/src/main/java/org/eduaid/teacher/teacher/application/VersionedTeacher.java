package org.eduaid.teacher.teacher.application;

import org.eduaid.teacher.teacher.domain.Teacher;

/** A teacher as stored, with the version a change must name. */
public record VersionedTeacher(Teacher teacher, long version) {

    public TeacherView view() {
        return new TeacherView(teacher.id(), teacher.maskedName(), teacher.maskedIdNumber(), teacher.subjects(),
                teacher.title(), teacher.postType(), teacher.postStartsOn(), teacher.postEndsOn(), teacher.backbone(),
                teacher.principal(), teacher.service(), teacher.departedOn(), version);
    }
}
