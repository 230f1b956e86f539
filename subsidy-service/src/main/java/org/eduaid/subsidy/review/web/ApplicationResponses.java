package org.eduaid.subsidy.review.web;

import java.time.Instant;
import java.util.List;

import org.eduaid.subsidy.review.application.ApplicationQueries;
import org.eduaid.subsidy.review.application.VersionedApplication;
import org.eduaid.subsidy.review.domain.AidApplication;

/** What the application endpoints answer: masked name and ID number only, never the real ones. */
final class ApplicationResponses {

    private ApplicationResponses() {
    }

    record Application(String applicationId, String studentId, String maskedName, String maskedIdNumber,
            String programmeCode, String schoolYear, String countyCode, String schoolCode, String stage, String origin,
            String ruleCode, String reason, String state, Instant eligibleSince, Instant submittedAt,
            Instant reviewedAt, String reviewNote, String noticeId, Instant decidedAt, String withdrawalReason,
            long version) {

        static Application of(ApplicationQueries.Row row) {
            AidApplication a = row.application().application();
            return new Application(a.id(), a.studentId(), row.maskedName(), row.maskedIdNumber(), a.programmeCode(),
                    a.schoolYear().id(), a.countyCode(), a.schoolCode(), row.stage(), a.origin().name(), a.ruleCode(),
                    a.reason(), a.state().name(), a.eligibleSince(), a.submittedAt(), a.reviewedAt(), a.reviewNote(),
                    a.noticeId(), a.decidedAt(), a.withdrawalReason(), row.application().version());
        }

        /** A command's answer: the application as it now stands, without the student's masked forms. */
        static Application of(VersionedApplication v) {
            return of(new ApplicationQueries.Row(v, null, null, null));
        }
    }

    record Page(List<Application> applications, long total, int page, int size) {

        static Page of(ApplicationQueries.Listing listing) {
            return new Page(listing.rows().stream().map(Application::of).toList(), listing.total(), listing.page(),
                    listing.size());
        }
    }
}
