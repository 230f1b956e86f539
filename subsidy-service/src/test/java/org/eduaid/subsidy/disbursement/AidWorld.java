package org.eduaid.subsidy.disbursement;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.eduaid.subsidy.calendar.Term;
import org.eduaid.subsidy.catalogue.domain.StudentFacts;
import org.eduaid.subsidy.disbursement.config.ProvisionalAidStudents;
import org.eduaid.subsidy.disbursement.config.ProvisionalApprovedAid;
import org.eduaid.subsidy.disbursement.config.ProvisionalCatalogue;
import org.eduaid.subsidy.eligibility.application.AidStudent;
import org.eduaid.subsidy.review.application.ApprovedApplication;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The world a batch pays from: programmes, students and approved lists, set up through the ports
 * disbursement reads. Until merge it fills the provisional ports; after merge only this class
 * changes (to define programmes through the catalogue API, students through enrollment events and
 * approvals through review).
 */
public final class AidWorld {

    public static final Term TERM = Term.parse("2024-2025-1");
    public static final int BUDGET_YEAR = 2024;
    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private final ProvisionalCatalogue catalogue;
    private final ProvisionalAidStudents students;
    private final ProvisionalApprovedAid approved;

    public AidWorld(ProvisionalCatalogue catalogue, ProvisionalAidStudents students, ProvisionalApprovedAid approved) {
        this.catalogue = catalogue;
        this.students = students;
        this.approved = approved;
    }

    /** A fresh yearly grant (1,000.01 yuan a year: 500.01 in the autumn term). */
    public String programme() {
        String code = AidMother.freshProgrammeCode();
        catalogue.define(AidMother.yearlyGrant(code));
        return code;
    }

    /** A student enrolled in the county, eligible and approved there; returns the student id. */
    public String approvedStudent(String countyCode, String programmeCode) {
        String studentId = AidMother.freshStudentId();
        student(AidMother.enrolledIn(studentId, countyCode), programmeCode);
        approve(studentId, countyCode, programmeCode);
        return studentId;
    }

    public void student(StudentFacts facts, String... eligibleProgrammes) {
        students.put(new AidStudent(facts, "王*", "150424********123X", Set.of(eligibleProgrammes)));
    }

    public void approve(String studentId, String countyCode, String programmeCode) {
        approved.approve(new ApprovedApplication(studentId + "~" + programmeCode + "~" + TERM.schoolYear().id(),
                studentId, programmeCode, countyCode, "AUTOMATIC", Instant.now()), TERM.schoolYear());
    }

    /** Sets a budget as the city officer of Chifeng. */
    public static Map<String, Object> budget(WebTestClient city, String countyCode, String programmeCode, long fen,
            long expectedVersion) {
        long central = fen * 8 / 10;
        long provincial = fen / 10;
        return city.put().uri("/api/subsidies/budgets/{c}/{p}/{y}", countyCode, programmeCode, BUDGET_YEAR)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("allocatedFen", fen, "centralFen", central, "provincialFen", provincial,
                        "countyFen", fen - central - provincial, "expectedVersion", expectedVersion))
                .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
    }
}
