package org.eduaid.enrollment.roster.application;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The nightly comparison of every county ({@code ROSTER_COMPARISON_CRON}); each county's lease keeps replicas apart. */
@Component
class ScheduledComparisons {

    private static final Logger log = LoggerFactory.getLogger(ScheduledComparisons.class);

    private final RosterComparisons comparisons;

    ScheduledComparisons(RosterComparisons comparisons) {
        this.comparisons = comparisons;
    }

    @Scheduled(cron = "${eduaid.roster.comparison-cron:0 30 2 * * *}")
    void compareEveryCounty() {
        Long counties = comparisons.compareEveryCounty().block(Duration.ofHours(6));
        log.info("Scheduled roster comparison ran for {} counties", counties);
    }
}
