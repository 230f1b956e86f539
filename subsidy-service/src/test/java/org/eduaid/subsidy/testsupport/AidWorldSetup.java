package org.eduaid.subsidy.testsupport;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eduaid.kit.events.TraceContexts;
import org.eduaid.subsidy.calendar.Term;
import org.eduaid.subsidy.catalogue.application.AidProgrammeRepository;
import org.eduaid.subsidy.catalogue.application.CachedCatalogue;
import org.eduaid.subsidy.catalogue.domain.AidProgramme;
import org.eduaid.subsidy.catalogue.domain.Programme;
import org.eduaid.subsidy.catalogue.domain.StudentFacts;
import org.eduaid.subsidy.eligibility.application.AidStudent;
import org.eduaid.subsidy.review.application.ApplicationChanges;
import org.eduaid.subsidy.review.application.ApplicationRepository;
import org.eduaid.subsidy.review.application.AutomaticApplications;
import org.eduaid.subsidy.review.application.EligibleAid;
import org.eduaid.subsidy.review.domain.ApplicationState;
import org.springframework.stereotype.Component;

/**
 * The world a batch pays from, set up through the features that own it: programmes stored in the
 * real catalogue, students staged (see {@link StagedAidStudents}), applications put forward, reviewed,
 * noticed and approved through review's own aggregate. Programmes made here have no rules, so no
 * other test's student ever becomes eligible for them.
 */
@Component
public class AidWorldSetup {

    private static final String NOTICE = "AN-test-world";

    private final AidProgrammeRepository programmes;
    private final CachedCatalogue catalogue;
    private final StagedAidStudents students;
    private final AutomaticApplications automatic;
    private final ApplicationRepository applications;
    private final ApplicationChanges changes;
    private final TraceContexts traces;

    AidWorldSetup(AidProgrammeRepository programmes, CachedCatalogue catalogue, StagedAidStudents students,
            AutomaticApplications automatic, ApplicationRepository applications, ApplicationChanges changes,
            TraceContexts traces) {
        this.programmes = programmes;
        this.catalogue = catalogue;
        this.students = students;
        this.automatic = automatic;
        this.applications = applications;
        this.changes = changes;
        this.traces = traces;
    }

    /** Stores the programme in the catalogue and makes this replica's cache see it at once. */
    public String define(Programme programme) {
        programmes.add(AidProgramme.define(programme, Instant.now()), traces.current().block()).block();
        catalogue.refresh().block();
        return programme.code();
    }

    public void student(StudentFacts facts, String... eligibleProgrammes) {
        students.put(new AidStudent(facts, "王*", "150424********123X", Set.of(eligibleProgrammes)));
    }

    /**
     * Puts the student forward for the term's school year in the county and approves the application
     * (review, notice, approval); an application approved elsewhere follows the student and stays approved.
     */
    public void approve(String studentId, String countyCode, String programmeCode, Term term) {
        String schoolCode = countyCode.substring(0, 6) + "0001";
        automatic.putForward(List.of(new EligibleAid(studentId, programmeCode, term.schoolYear(), countyCode,
                schoolCode, "TEST", Instant.now()))).block();
        String id = studentId + "~" + programmeCode + "~" + term.schoolYear().id();
        if (applications.find(id).block().application().state() == ApplicationState.APPROVED) {
            return;
        }
        var trace = traces.current().block();
        changes.apply(applications.find(id).block(), a -> Optional.of(a.review(true, null, "officer", Instant.now())),
                trace).block();
        changes.apply(applications.find(id).block(), a -> Optional.of(a.putOnNotice(NOTICE)), trace).block();
        changes.apply(applications.find(id).block(), a -> Optional.of(a.approve(NOTICE, Instant.now())), trace).block();
    }
}
