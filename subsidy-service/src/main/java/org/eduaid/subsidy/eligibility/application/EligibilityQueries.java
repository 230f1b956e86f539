package org.eduaid.subsidy.eligibility.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eduaid.contracts.identity.Role;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.regions.RegionDirectory;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.security.Caller;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.kit.web.ResourceNotFoundException;
import org.eduaid.subsidy.catalogue.application.Catalogue;
import org.eduaid.subsidy.catalogue.domain.Programme;
import org.eduaid.subsidy.catalogue.domain.StudentFacts;
import org.eduaid.subsidy.eligibility.domain.Decision;
import org.eduaid.subsidy.eligibility.domain.StudentEligibility;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * The eligibility reads and the start of a re-evaluation, with their access rules: a clerk sees the
 * students of their school, everybody else those whose responsible or household county lies in
 * their scope; outside it a student is not found (404). Re-evaluating is for the province and the
 * platform admin.
 */
@Service
public class EligibilityQueries {

    private static final Role[] READERS = { Role.SCHOOL_CLERK, Role.COUNTY_OFFICER, Role.CITY_OFFICER,
            Role.PROVINCE_OFFICER, Role.AUDITOR, Role.PLATFORM_ADMIN };
    private static final Role[] REEVALUATORS = { Role.PROVINCE_OFFICER, Role.PLATFORM_ADMIN };

    private final StudentEligibilityRepository students;
    private final Catalogue catalogue;
    private final EligibilityDecisions decisions;
    private final EligibilityReevaluations reevaluations;
    private final RegionDirectory regions;

    EligibilityQueries(StudentEligibilityRepository students, Catalogue catalogue, EligibilityDecisions decisions,
            EligibilityReevaluations reevaluations, RegionDirectory regions) {
        this.students = students;
        this.catalogue = catalogue;
        this.decisions = decisions;
        this.reevaluations = reevaluations;
        this.regions = regions;
    }

    public Mono<EligibilityExplanation> explain(String studentId) {
        String what = "student " + studentId;
        return Access.permit("read eligibility", READERS)
                .then(Access.ifVisible(students.find(studentId).map(StoredStudent::student),
                        EligibilityQueries::canSee, what))
                .flatMap(student -> Audit.disclosed("student:" + studentId)
                        .then(catalogue.inForceOn(decisions.today()))
                        .map(programmes -> explanation(student, programmes)));
    }

    public Mono<Page<EligibleStudentRow>> eligibleIn(String countyCode, String programmeCode, int page, int size) {
        if (countyCode == null || !regions.isCounty(countyCode)) {
            return Mono.error(InvalidRequestException.of("countyCode", "must be a county code"));
        }
        return Access.permit("read eligibility", READERS)
                .flatMap(caller -> caller.canSeeRegion(countyCode) ? Mono.just(caller)
                        : Mono.error(new ResourceNotFoundException("county " + countyCode)))
                .flatMap(caller -> students.eligibleIn(countyCode, programmeCode,
                        caller.role() == Role.SCHOOL_CLERK ? caller.school().orElse("-") : null, page, size))
                .flatMap(found -> Audit.disclosed(found.items().stream()
                                .map(s -> "student:" + s.student().studentId()).toArray(String[]::new))
                        .thenReturn(new Page<>(found.items().stream().map(s -> row(s.student(), programmeCode)).toList(),
                                found.page(), found.size(), found.total())));
    }

    public Mono<String> reevaluate(String reason) {
        return Access.permit("re-evaluate every student's eligibility", REEVALUATORS)
                .then(Audit.action("eligibility.reevaluate"))
                .then(reevaluations.reevaluateAll(reason));
    }

    public Mono<ReevaluationRun> run(String runId) {
        return Access.permit("read a re-evaluation run", Role.PROVINCE_OFFICER, Role.AUDITOR, Role.PLATFORM_ADMIN)
                .then(reevaluations.find(runId))
                .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("re-evaluation " + runId)));
    }

    static boolean canSee(Caller caller, StudentEligibility student) {
        if (caller.role() == Role.SCHOOL_CLERK) {
            String school = student.schoolCode();
            return school != null && caller.school().map(school::equals).orElse(false);
        }
        String responsible = student.facts().responsibleCountyCode();
        String household = student.facts().householdCountyCode();
        return (responsible != null && caller.canSeeRegion(responsible))
                || (household != null && caller.canSeeRegion(household));
    }

    private EligibilityExplanation explanation(StudentEligibility student, List<Programme> inForce) {
        StudentFacts facts = student.facts();
        Map<String, Programme> byCode = new LinkedHashMap<>();
        inForce.forEach(p -> byCode.put(p.code(), p));
        List<EligibilityExplanation.ProgrammeExplanation> programmes = new ArrayList<>();
        for (Programme programme : inForce) {
            Decision decision = student.decisions().get(programme.code());
            programmes.add(new EligibilityExplanation.ProgrammeExplanation(programme.code(), programme.name(), true,
                    decision != null && decision.eligible(), decision == null ? null : decision.ruleCode(),
                    decision == null ? null : decision.decidedAt(),
                    programme.decide(facts, decisions.today()).rules()));
        }
        for (Decision decision : student.decisions().values()) {
            if (!byCode.containsKey(decision.programmeCode())) {
                programmes.add(new EligibilityExplanation.ProgrammeExplanation(decision.programmeCode(), null, false,
                        decision.eligible(), decision.ruleCode(), decision.decidedAt(), List.of()));
            }
        }
        StudentFacts.Enrolment e = facts.enrolment();
        EligibilityExplanation.Enrolment enrolment = e == null ? null : new EligibilityExplanation.Enrolment(
                e.schoolCode(), e.countyCode(), e.stage() == null ? null : e.stage().name(), e.grade(), e.boarding(),
                e.schoolKind(), e.locality() == null ? null : e.locality().name(), e.status().name());
        return new EligibilityExplanation(student.studentId(), student.maskedName(), student.maskedIdNumber(),
                facts.responsibleCountyCode(), student.schoolCode(),
                new EligibilityExplanation.Facts(facts.householdCountyCode(),
                        new TreeSet<>(facts.flags().stream().map(Enum::name).toList()), facts.disabilityGrade(),
                        enrolment, student.leftSchool() == null ? null : student.leftSchool().name()),
                programmes);
    }

    private static EligibleStudentRow row(StudentEligibility student, String programmeCode) {
        StudentFacts.Enrolment e = student.facts().enrolment();
        return new EligibleStudentRow(student.studentId(), student.maskedName(), student.facts().responsibleCountyCode(),
                student.schoolCode(), e == null || e.stage() == null ? null : e.stage().name(),
                student.eligible().stream()
                        .filter(d -> programmeCode == null || d.programmeCode().equals(programmeCode))
                        .map(d -> new EligibleStudentRow.Programme(d.programmeCode(), d.ruleCode(), d.decidedAt()))
                        .toList());
    }
}
