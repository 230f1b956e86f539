package org.eduaid.subsidy.disbursement;

import java.util.Map;

import org.eduaid.subsidy.calendar.Term;
import org.eduaid.subsidy.catalogue.domain.StudentFacts;
import org.eduaid.subsidy.testsupport.AidWorldSetup;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The world a batch pays from, in the terms of disbursement's tests: a fresh programme, students
 * approved in a county, budgets. {@link AidWorldSetup} makes it through the features that own it.
 */
public final class AidWorld {

    public static final Term TERM = Term.parse("2024-2025-1");
    public static final int BUDGET_YEAR = 2024;
    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private final AidWorldSetup setup;

    public AidWorld(AidWorldSetup setup) {
        this.setup = setup;
    }

    /** A fresh yearly grant (1,000.01 yuan a year: 500.01 in the autumn term). */
    public String programme() {
        String code = AidMother.freshProgrammeCode();
        return setup.define(AidMother.yearlyGrant(code));
    }

    /** A student enrolled in the county, eligible and approved there; returns the student id. */
    public String approvedStudent(String countyCode, String programmeCode) {
        String studentId = AidMother.freshStudentId();
        student(AidMother.enrolledIn(studentId, countyCode), programmeCode);
        approve(studentId, countyCode, programmeCode);
        return studentId;
    }

    public void student(StudentFacts facts, String... eligibleProgrammes) {
        setup.student(facts, eligibleProgrammes);
    }

    public void approve(String studentId, String countyCode, String programmeCode) {
        setup.approve(studentId, countyCode, programmeCode, TERM);
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
