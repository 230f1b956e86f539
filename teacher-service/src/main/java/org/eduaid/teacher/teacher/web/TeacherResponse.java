package org.eduaid.teacher.teacher.web;

import java.time.LocalDate;
import java.util.List;

import org.eduaid.teacher.teacher.application.VersionedTeacher;
import org.eduaid.teacher.teacher.domain.Posting;
import org.eduaid.teacher.teacher.domain.ServiceRecord;
import org.eduaid.teacher.teacher.domain.Teacher;

/**
 * A teacher as the API shows them: masked name and ID number only, and the service figures computed
 * from the postings as of a day.
 */
record TeacherResponse(String teacherId, String maskedName, String maskedIdNumber, List<String> subjects,
        String title, String postType, LocalDate postStartsOn, LocalDate postEndsOn, boolean backbone,
        boolean principal, String schoolCode, String countyCode, LocalDate departedOn, String departureReason,
        LocalDate asOf, int yearsOfService, int yearsInRuralSchools, int yearsAtCurrentSchool,
        List<PostingResponse> history, long version) {

    record PostingResponse(String schoolCode, String countyCode, boolean rural, LocalDate from, LocalDate to,
            String reason, String exchangeId) {
    }

    static TeacherResponse of(VersionedTeacher found, LocalDate asOf) {
        Teacher t = found.teacher();
        ServiceRecord service = t.service();
        Posting last = service.postings().get(service.postings().size() - 1);
        return new TeacherResponse(t.id(), t.maskedName(), t.maskedIdNumber(), t.subjects(), t.title(),
                t.postType().name(), t.postStartsOn(), t.postEndsOn(), t.backbone(), t.principal(), last.schoolCode(),
                last.countyCode(), t.departedOn(), t.departureReason() == null ? null : t.departureReason().name(), asOf,
                service.yearsOfService(asOf), service.yearsInRuralSchools(asOf), service.yearsAtCurrentSchool(asOf),
                service.postings().stream().map(p -> new PostingResponse(p.schoolCode(), p.countyCode(), p.rural(),
                        p.from(), p.to(), p.reason().name(), p.exchangeId())).toList(),
                found.version());
    }
}
