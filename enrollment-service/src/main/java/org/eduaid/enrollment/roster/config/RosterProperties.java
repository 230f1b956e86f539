package org.eduaid.enrollment.roster.config;

import java.time.Duration;

import org.eduaid.enrollment.roster.domain.SchoolAgePolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the roster feature ({@code eduaid.roster.*} in application.yml, each with its environment
 * variable).
 *
 * @param schoolAgeFrom first age of compulsory schooling on 31 August ({@code ROSTER_SCHOOL_AGE_FROM}, 6)
 * @param schoolAgeTo last age of compulsory schooling ({@code ROSTER_SCHOOL_AGE_TO}, 15)
 * @param absenceThresholdDays an enrolled child absent more days than this is suspected ({@code ROSTER_ABSENCE_THRESHOLD_DAYS}, 20)
 * @param comparisonLease how long one replica holds a county's comparison before another may take over ({@code ROSTER_COMPARISON_LEASE}, 30m)
 * @param comparisonBatchSize roster children per directory call and per report of suspected children (1000)
 */
@ConfigurationProperties("eduaid.roster")
public record RosterProperties(int schoolAgeFrom, int schoolAgeTo, int absenceThresholdDays, Duration comparisonLease,
        int comparisonBatchSize) {

    public RosterProperties {
        schoolAgeFrom = schoolAgeFrom == 0 && schoolAgeTo == 0 ? 6 : schoolAgeFrom;
        schoolAgeTo = schoolAgeTo == 0 ? 15 : schoolAgeTo;
        absenceThresholdDays = absenceThresholdDays <= 0 ? 20 : absenceThresholdDays;
        comparisonLease = comparisonLease == null ? Duration.ofMinutes(30) : comparisonLease;
        comparisonBatchSize = comparisonBatchSize <= 0 ? 1000 : Math.min(comparisonBatchSize, 1000);
    }

    public SchoolAgePolicy policy() {
        return new SchoolAgePolicy(schoolAgeFrom, schoolAgeTo);
    }
}
