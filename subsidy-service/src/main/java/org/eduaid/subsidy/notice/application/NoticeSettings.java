package org.eduaid.subsidy.notice.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.eduaid.subsidy.notice.domain.WorkingDays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long notices run: {@code NOTICE_WORKING_DAYS} working days (default 5), Monday to Friday less the
 * public holidays in {@code NOTICE_HOLIDAYS} (comma-separated ISO dates, e.g. the Golden Week).
 */
@Component
public class NoticeSettings {

    private final int workingDays;
    private final WorkingDays calendar;

    public NoticeSettings(@Value("${eduaid.notices.working-days:5}") int workingDays,
            @Value("${eduaid.notices.holidays:}") String holidays) {
        // 0 is for demonstrations and load tests, whose notices must close the day they go up
        if (workingDays < 0 || workingDays > 60) {
            throw new IllegalArgumentException("eduaid.notices.working-days (NOTICE_WORKING_DAYS) must be 0 to 60");
        }
        this.workingDays = workingDays;
        this.calendar = new WorkingDays(parse(holidays));
    }

    public int workingDays() {
        return workingDays;
    }

    public WorkingDays calendar() {
        return calendar;
    }

    private static Set<LocalDate> parse(String holidays) {
        try {
            return Arrays.stream(holidays.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(LocalDate::parse).collect(Collectors.toUnmodifiableSet());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("eduaid.notices.holidays (NOTICE_HOLIDAYS) lists ISO dates like 2025-10-01");
        }
    }
}
