package org.eduaid.subsidy.eligibility.config;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the eligibility feature ({@code eduaid.eligibility.*} in application.yml, each with its
 * environment variable).
 *
 * @param timeZone "today" for programmes in force and the school year ({@code ELIGIBILITY_TIME_ZONE}, Asia/Shanghai)
 * @param pageSize students decided per page of a re-evaluation run ({@code ELIGIBILITY_PAGE_SIZE}, 1000)
 * @param writeConcurrency students of a run decided again at once after they changed while it wrote them
 *        ({@code ELIGIBILITY_WRITE_CONCURRENCY}, 16); the run writes a page's changes in one bulk write
 */
@ConfigurationProperties("eduaid.eligibility")
public record EligibilityProperties(ZoneId timeZone, int pageSize, int writeConcurrency) {

    public EligibilityProperties {
        timeZone = timeZone == null ? ZoneId.of("Asia/Shanghai") : timeZone;
        pageSize = pageSize <= 0 ? 1000 : Math.min(pageSize, 10_000);
        writeConcurrency = writeConcurrency <= 0 ? 16 : writeConcurrency;
    }
}
