package org.eduaid.enrollment.student.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eduaid.contracts.enrollment.HouseholdFlags;
import org.eduaid.enrollment.student.application.StoredStudent;
import org.eduaid.enrollment.student.domain.Enrolment;
import org.eduaid.enrollment.student.domain.FlagChange;
import org.eduaid.enrollment.student.domain.FlagValue;
import org.eduaid.enrollment.student.domain.Student;
import org.eduaid.kit.privacy.Masks;

/** Students as the API shows them: never the full ID number; lists only masked names. */
final class StudentResponses {

    private StudentResponses() {
    }

    /** A list row. */
    record Row(String studentId, String maskedIdNumber, String maskedName, String sex, int birthYear,
            String householdCountyCode, String status, String schoolCode, String countyCode, String stage,
            Integer grade, HouseholdFlags flags, long version) {

        static Row of(StoredStudent stored) {
            Student s = stored.student();
            Enrolment last = s.lastEnrolment().orElse(null);
            return new Row(s.id().value(), s.idNumber().masked(), Masks.personName(s.name()), s.idNumber().sex().name(),
                    s.idNumber().birthDate().getYear(), s.household().countyCode(),
                    last == null ? "NONE" : last.state().name(), last == null ? null : last.schoolCode(),
                    last == null ? null : last.countyCode(), last == null ? null : last.placement().stage().name(),
                    last == null ? null : last.placement().grade(), s.householdFlags(), stored.version());
        }
    }

    /** One student with everything: full name and guardian (audited as a disclosure), flags with provenance, histories. */
    record View(String studentId, String maskedIdNumber, String name, String sex, LocalDate birthDate,
            String householdCountyCode, String householdTownshipCode, String householdVillageCode,
            String guardianName, String status, EnrolmentView enrolment, HouseholdFlags flags,
            Map<String, FlagValue> flagProvenance, List<FlagChange> flagHistory, List<EnrolmentView> enrolments,
            Instant registeredAt, long version) {

        static View of(StoredStudent stored) {
            Student s = stored.student();
            Map<String, FlagValue> provenance = new TreeMap<>();
            s.flags().forEach((flag, value) -> {
                if (value.source() != null) {
                    provenance.put(flag.name(), value);
                }
            });
            return new View(s.id().value(), s.idNumber().masked(), s.name(), s.idNumber().sex().name(),
                    s.idNumber().birthDate(), s.household().countyCode(), s.household().townshipCode(),
                    s.household().villageCode(), s.guardianName(),
                    s.lastEnrolment().map(e -> e.state().name()).orElse("NONE"),
                    s.current().map(EnrolmentView::of).orElse(null), s.householdFlags(), provenance, s.flagHistory(),
                    s.enrolments().stream().map(EnrolmentView::of).toList(), s.registeredAt(), stored.version());
        }
    }

    record EnrolmentView(String schoolCode, String countyCode, String stage, int grade, boolean boarding,
            LocalDate startedOn, String state, LocalDate since, String reason) {

        static EnrolmentView of(Enrolment e) {
            return new EnrolmentView(e.schoolCode(), e.countyCode(), e.placement().stage().name(), e.placement().grade(),
                    e.placement().boarding(), e.startedOn(), e.state().name(), e.since(), e.reason());
        }
    }
}
