package org.eduaid.teacher.teacher.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a teacher's postings say about their career. Every figure is computed from the history, so
 * nobody types in years of service.
 *
 * <p>A year of service is 365¼ days of postings, so a leap day neither helps nor hurts and service
 * split across many postings adds up exactly.
 */
public record ServiceRecord(List<Posting> postings) {

    /** Four years of days: a year of service is a quarter of it. */
    private static final int DAYS_PER_YEAR_TIMES_4 = 1461;

    public ServiceRecord {
        postings = postings.stream().sorted(Comparator.comparing(Posting::from)).toList();
        for (int i = 1; i < postings.size(); i++) {
            Posting previous = postings.get(i - 1);
            if (previous.to() == null || !previous.to().isBefore(postings.get(i).from())) {
                throw new IllegalArgumentException("postings overlap: one starting " + postings.get(i).from()
                        + " begins before the one starting " + previous.from() + " ends");
            }
        }
    }

    public Optional<Posting> current() {
        if (postings.isEmpty()) {
            return Optional.empty();
        }
        Posting last = postings.get(postings.size() - 1);
        return last.open() ? Optional.of(last) : Optional.empty();
    }

    /** The posting the teacher held on a date, if any. */
    public Optional<Posting> on(LocalDate date) {
        return postings.stream().filter(posting -> posting.covers(date)).findFirst();
    }

    public long daysOfService(LocalDate asOf) {
        return postings.stream().mapToLong(posting -> posting.daysServedUpTo(asOf)).sum();
    }

    public long daysInRuralSchools(LocalDate asOf) {
        return postings.stream().filter(Posting::rural).mapToLong(posting -> posting.daysServedUpTo(asOf)).sum();
    }

    /** Completed years of service up to and including {@code asOf}. */
    public int yearsOfService(LocalDate asOf) {
        return completedYears(daysOfService(asOf));
    }

    /** Completed years in rural schools up to and including {@code asOf}. */
    public int yearsInRuralSchools(LocalDate asOf) {
        return completedYears(daysInRuralSchools(asOf));
    }

    /**
     * The day the teacher completes {@code years} years in rural schools, if their postings up to
     * {@code asOf} reach it.
     */
    public Optional<LocalDate> dayRuralYearsReached(int years, LocalDate asOf) {
        long needed = daysFor(years);
        long served = 0;
        for (Posting posting : postings) {
            if (!posting.rural() || posting.from().isAfter(asOf)) {
                continue;
            }
            long here = posting.daysServedUpTo(asOf);
            if (served + here >= needed) {
                return Optional.of(posting.from().plusDays(needed - served - 1));
            }
            served += here;
        }
        return Optional.empty();
    }

    /**
     * Completed years at the current school without a break, as of {@code asOf}: consecutive
     * postings at the same school count together; an exchange away, and the return from it, start the count again.
     */
    public int yearsAtCurrentSchool(LocalDate asOf) {
        Optional<Posting> current = current();
        if (current.isEmpty()) {
            return 0;
        }
        LocalDate since = current.get().from();
        for (int i = postings.size() - 2; i >= 0; i--) {
            Posting earlier = postings.get(i);
            boolean adjoining = earlier.to().plusDays(1).equals(since);
            if (!adjoining || !earlier.schoolCode().equals(current.get().schoolCode())
                    || current.get().reason() == PostingReason.EXCHANGE_ENDED) {
                break;
            }
            since = earlier.from();
        }
        return since.isAfter(asOf) ? 0 : completedYears(ChronoUnit.DAYS.between(since, asOf) + 1);
    }

    /**
     * The posting that accounts for a month: the one the teacher served most days of it in, the
     * later one on a tie, so each month belongs to exactly one school.
     */
    public Optional<Posting> postingForMonth(YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        Posting best = null;
        long bestDays = 0;
        for (Posting posting : postings) {
            long days = posting.daysServedWithin(first, last);
            if (days > 0 && days >= bestDays) {
                best = posting;
                bestDays = days;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int completedYears(long days) {
        return (int) (days * 4 / DAYS_PER_YEAR_TIMES_4);
    }

    private static long daysFor(int years) {
        return ((long) years * DAYS_PER_YEAR_TIMES_4 + 3) / 4;
    }
}
