package org.eduaid.subsidy.review.application;

import java.util.Set;

import org.eduaid.subsidy.calendar.SchoolYear;
import org.eduaid.subsidy.review.domain.AidApplication;
import org.eduaid.subsidy.review.domain.ApplicationState;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;

/** The approved list as batches read it: applications APPROVED for the county, programme and year. */
@Service
public class ApprovedAidList implements ApprovedAid {

    private final ApplicationRepository applications;

    public ApprovedAidList(ApplicationRepository applications) {
        this.applications = applications;
    }

    @Override
    public Flux<ApprovedApplication> approved(String countyCode, String programmeCode, SchoolYear schoolYear) {
        return applications.matching(ApplicationFilter.county(countyCode, programmeCode, schoolYear.id(),
                        Set.of(ApplicationState.APPROVED)))
                .map(VersionedApplication::application)
                .map(ApprovedAidList::approvedOf);
    }

    private static ApprovedApplication approvedOf(AidApplication a) {
        return new ApprovedApplication(a.id(), a.studentId(), a.programmeCode(), a.countyCode(), a.origin().name(),
                a.decidedAt());
    }
}
