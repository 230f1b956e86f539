package org.eduaid.teacher.teacher.application;

import java.time.LocalDate;
import java.util.List;

import org.eduaid.teacher.teacher.domain.PostType;
import org.eduaid.teacher.teacher.domain.ServiceRecord;

/**
 * A registered teacher as other features of this service see them: masked personal data only,
 * and the whole service record to compute years, schools and months from.
 *
 * @param departedOn the day the teacher left, null while they teach
 */
public record TeacherView(String teacherId, String maskedName, String maskedIdNumber, List<String> subjects,
        String title, PostType postType, LocalDate postStartsOn, LocalDate postEndsOn, boolean backbone,
        boolean principal, ServiceRecord service, LocalDate departedOn, long version) {

    public boolean teachingOn(LocalDate date) {
        return service.on(date).isPresent() && (departedOn == null || departedOn.isAfter(date));
    }
}
