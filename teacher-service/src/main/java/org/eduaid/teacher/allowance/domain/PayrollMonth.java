package org.eduaid.teacher.allowance.domain;

import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Function;

import org.eduaid.teacher.teacher.domain.Posting;
import org.eduaid.teacher.teacher.domain.ServiceRecord;

/**
 * Whether, where and how much a teacher is paid for a month. The month belongs to the school where
 * the teacher served most of it (see {@link ServiceRecord#postingForMonth}); it is paid if they
 * served at least half of it there and that school has a tier. So a rotation in the middle of a year
 * splits the year between the schools month by month, and each month is paid at most once.
 */
public final class PayrollMonth {

    private PayrollMonth() {
    }

    /** One teacher's line on a county's payroll for a month. */
    public record Line(String teacherId, YearMonth month, String schoolCode, String countyCode, AllowanceTier tier,
            long amountFen) {

        public String paymentId() {
            return paymentIdOf(teacherId, month);
        }
    }

    public static String paymentIdOf(String teacherId, YearMonth month) {
        return teacherId + "~" + month;
    }

    /**
     * @param tierOf the tier of a school, empty when its teachers get no allowance
     * @param rateOf the monthly rate of a tier in the school's province, empty when none is set
     */
    public static Optional<Line> lineFor(String teacherId, ServiceRecord service, YearMonth month,
            Function<String, Optional<AllowanceTier>> tierOf, RateLookup rateOf) {
        Optional<Posting> owner = service.postingForMonth(month);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        Posting posting = owner.get();
        long served = posting.daysServedWithin(month.atDay(1), month.atEndOfMonth());
        if (served * 2 < month.lengthOfMonth()) {
            return Optional.empty();
        }
        return tierOf.apply(posting.schoolCode()).flatMap(tier -> rateOf.rate(posting.countyCode(), tier, month)
                .map(fen -> new Line(teacherId, month, posting.schoolCode(), posting.countyCode(), tier, fen)));
    }

    /** The rate a county's province pays a tier in a month. */
    @FunctionalInterface
    public interface RateLookup {
        Optional<Long> rate(String countyCode, AllowanceTier tier, YearMonth month);
    }
}
