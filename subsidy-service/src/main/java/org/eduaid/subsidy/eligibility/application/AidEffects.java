package org.eduaid.subsidy.eligibility.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eduaid.subsidy.calendar.SchoolYear;
import org.eduaid.subsidy.eligibility.domain.Decision;
import org.eduaid.subsidy.eligibility.domain.StudentEligibility;
import org.eduaid.subsidy.review.application.AutomaticApplications;
import org.eduaid.subsidy.review.application.EligibleAid;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What a decision means for the county's list: every eligible programme is put forward (always —
 * the call is idempotent, which is what makes a crash between the decision's write and this call
 * harmless: the redelivered event asks again), and every programme just lost is withdrawn.
 */
@Component
class AidEffects {

    private final AutomaticApplications applications;

    AidEffects(AutomaticApplications applications) {
        this.applications = applications;
    }

    /** For many students at once: one put-forward call and one withdrawal call per reason. */
    Mono<Void> apply(List<StudentEligibility> students, Map<String, Map<String, String>> withdrawalsByStudent,
            LocalDate today) {
        SchoolYear year = SchoolYear.containing(today);
        List<EligibleAid> eligible = new ArrayList<>();
        Map<String, List<EligibleAid>> lostByReason = new LinkedHashMap<>();
        for (StudentEligibility student : students) {
            for (Decision decision : student.eligible()) {
                eligible.add(aid(student, decision.programmeCode(), decision.ruleCode(), decision, year));
            }
            Map<String, String> withdrawals = withdrawalsByStudent.getOrDefault(student.studentId(), Map.of());
            withdrawals.forEach((programme, reason) -> lostByReason.computeIfAbsent(reason, r -> new ArrayList<>())
                    .add(aid(student, programme, null, student.decisions().get(programme), year)));
        }
        Mono<Void> putForward = eligible.isEmpty() ? Mono.empty() : applications.putForward(eligible);
        return putForward.then(Flux.fromIterable(lostByReason.entrySet())
                .concatMap(lost -> applications.withdraw(lost.getValue(), lost.getKey())).then());
    }

    Mono<Void> apply(StudentEligibility student, Map<String, String> withdrawals, LocalDate today) {
        return apply(List.of(student), Map.of(student.studentId(), withdrawals), today);
    }

    private static EligibleAid aid(StudentEligibility student, String programme, String ruleCode, Decision decision,
            SchoolYear year) {
        return new EligibleAid(student.studentId(), programme, year, student.facts().responsibleCountyCode(),
                student.schoolCode(), ruleCode, decision == null ? null : decision.decidedAt());
    }
}
