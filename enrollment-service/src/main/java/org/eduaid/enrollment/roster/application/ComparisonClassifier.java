package org.eduaid.enrollment.roster.application;

import java.util.List;
import java.util.Optional;

import org.eduaid.enrollment.student.application.StudentStatus;

/**
 * Decides whether a school-age child looks out of school, from the student registry's answer and the
 * absence reports of the school the child is enrolled at:
 * <ul>
 * <li>not registered as a student, or registered and never enrolled: NO_ENROLMENT;</li>
 * <li>withdrew: WITHDREW, with the reason the school gave;</li>
 * <li>enrolled, but reported absent more than the threshold in one spell: PROLONGED_ABSENCE;</li>
 * <li>enrolled, suspended (a school decision with a way back) or graduated: not suspected.</li>
 * </ul>
 */
public final class ComparisonClassifier {

    private final int absenceThresholdDays;

    public ComparisonClassifier(int absenceThresholdDays) {
        this.absenceThresholdDays = absenceThresholdDays;
    }

    /**
     * @param status the registry's answer, {@code null} when the child is not registered
     * @param absences the child's absence reports of the current school year
     */
    public Optional<Suspicion> classify(StudentStatus status, List<Absence> absences) {
        if (status == null) {
            return Optional.of(new Suspicion(Suspicion.Reason.NO_ENROLMENT, "not registered as a student"));
        }
        switch (status.enrolment()) {
            case NONE:
                return Optional.of(new Suspicion(Suspicion.Reason.NO_ENROLMENT, "registered, never enrolled"));
            case WITHDRAWN:
                return Optional.of(new Suspicion(Suspicion.Reason.WITHDREW, status.withdrawalReason() == null
                        ? "withdrew" : status.withdrawalReason()));
            case ACTIVE:
                return absences.stream()
                        .filter(absence -> absence.schoolCode().equals(status.schoolCode()))
                        .filter(absence -> absence.daysAbsent() > absenceThresholdDays)
                        .max(java.util.Comparator.comparingInt(Absence::daysAbsent))
                        .map(absence -> new Suspicion(Suspicion.Reason.PROLONGED_ABSENCE, "absent "
                                + absence.daysAbsent() + " days from " + absence.fromDate() + " at school "
                                + absence.schoolCode()));
            default:
                return Optional.empty();
        }
    }
}
