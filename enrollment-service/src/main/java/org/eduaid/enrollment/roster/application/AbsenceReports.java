package org.eduaid.enrollment.roster.application;

import java.time.Clock;
import java.time.LocalDate;

import org.eduaid.contracts.identity.Role;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.enrollment.school.application.SchoolRegistry;
import org.eduaid.enrollment.school.domain.SchoolCode;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.web.InvalidRequestException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * Schools report students absent for a number of days (a clerk for their own school, a county
 * officer for the schools of the county); the roster comparison flags an enrolled child absent
 * longer than the threshold.
 */
@Service
public class AbsenceReports {

    private final Absences absences;
    private final SchoolRegistry schools;
    private final Clock clock;

    public AbsenceReports(Absences absences, SchoolRegistry schools, Clock clock) {
        this.absences = absences;
        this.schools = schools;
        this.clock = clock;
    }

    public record ReportAbsence(String studentId, String schoolCode, LocalDate fromDate, int daysAbsent, String note) {
    }

    /** @return the stored report and whether it was new (else it replaced the report of the same spell) */
    public Mono<Reported> report(ReportAbsence command) {
        if (!PersonId.isValid(command.studentId())) {
            return Mono.error(InvalidRequestException.of("studentId", "is not a student id"));
        }
        if (command.fromDate().isAfter(LocalDate.now(clock.withZone(RegistryRecordApplier.CHINA)))) {
            return Mono.error(InvalidRequestException.of("fromDate", "must not lie in the future"));
        }
        return Access.permit("report absences", Role.SCHOOL_CLERK, Role.COUNTY_OFFICER, Role.PLATFORM_ADMIN)
                // the school lookup applies the scope: a clerk's own school, an officer's county; else 404
                .flatMap(caller -> schools.find(new SchoolCode(command.schoolCode()))
                        .flatMap(school -> Audit.action("absence.report")
                                .then(Audit.touched("student:" + command.studentId(), "school:" + command.schoolCode()))
                                .then(Mono.defer(() -> {
                                    Absence absence = new Absence(new PersonId(command.studentId()),
                                            command.schoolCode(), school.countyCode(), command.fromDate(),
                                            command.daysAbsent(), blankToNull(command.note()), caller.subject(),
                                            clock.instant());
                                    return absences.record(absence).map(created -> new Reported(absence, created));
                                }))));
    }

    public record Reported(Absence absence, boolean created) {
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
