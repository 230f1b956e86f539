package org.eduaid.teacher.teacher.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a teacher's postings say about their career. Every figure is computed from the history, so
 * nobody types in years of service.
 *
 * <p>Years are counted the way a person would: an unbroken stretch from 1 September 2006 reaches 20
 * years on 31 August 2026, leap days or not. Stretches with breaks between them add their whole years,
 * and what is left over of each (in days) adds up at 365 days a year.
 */
public record ServiceRecord(List<Posting> postings) {

    private static final int DAYS_PER_LEFTOVER_YEAR = 365;

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

    /** Completed years of service up to and including {@code asOf}. */
    public int yearsOfService(LocalDate asOf) {
        return completedYears(stretches(posting -> true), asOf);
    }

    /** Completed years in rural schools up to and including {@code asOf}. */
    public int yearsInRuralSchools(LocalDate asOf) {
        return completedYears(stretches(Posting::rural), asOf);
    }

    /**
     * The day the teacher completes {@code years} years in rural schools, if their postings up to
     * {@code asOf} reach it.
     */
    public Optional<LocalDate> dayRuralYearsReached(int years, LocalDate asOf) {
        List<Stretch> rural = stretches(Posting::rural);
        if (completedYears(rural, asOf) < years) {
            return Optional.empty();
        }
        // the count only grows with the day: search for the first day it reaches the milestone
        LocalDate low = postings.get(0).from();
        LocalDate high = asOf;
        while (low.isBefore(high)) {
            LocalDate middle = low.plusDays(ChronoUnit.DAYS.between(low, high) / 2);
            if (completedYears(rural, middle) >= years) {
                high = middle;
            } else {
                low = middle.plusDays(1);
            }
        }
        return Optional.of(low);
    }

    /**
     * Completed years at the current school without a break, as of {@code asOf}: adjoining postings
     * at the same school count together; an exchange away, and the return from it, start the count again.
     */
    public int yearsAtCurrentSchool(LocalDate asOf) {
        Optional<Posting> current = current();
        if (current.isEmpty()) {
            return 0;
        }
        LocalDate since = current.get().from();
        if (current.get().reason() != PostingReason.EXCHANGE_ENDED) {
            for (int i = postings.size() - 2; i >= 0; i--) {
                Posting earlier = postings.get(i);
                if (!earlier.to().plusDays(1).equals(since) || !earlier.schoolCode().equals(current.get().schoolCode())) {
                    break;
                }
                since = earlier.from();
            }
        }
        return completedYears(List.of(new Stretch(since, null)), asOf);
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

    /** Unbroken runs of adjoining postings that all count. */
    private List<Stretch> stretches(Predicate<Posting> counts) {
        List<Stretch> stretches = new ArrayList<>();
        Stretch open = null;
        for (Posting posting : postings) {
            if (!counts.test(posting)) {
                open = null;
                continue;
            }
            if (open != null && open.to() != null && open.to().plusDays(1).equals(posting.from())) {
                open = new Stretch(open.from(), posting.to());
                stretches.set(stretches.size() - 1, open);
            } else {
                open = new Stretch(posting.from(), posting.to());
                stretches.add(open);
            }
        }
        return stretches;
    }

    private static int completedYears(List<Stretch> stretches, LocalDate asOf) {
        long years = 0;
        long leftoverDays = 0;
        for (Stretch stretch : stretches) {
            if (stretch.from().isAfter(asOf)) {
                continue;
            }
            LocalDate endExclusive = (stretch.to() == null || stretch.to().isAfter(asOf) ? asOf : stretch.to()).plusDays(1);
            int whole = Period.between(stretch.from(), endExclusive).getYears();
            years += whole;
            // a stretch's own leftover is less than a year even when a leap year gives it 365 days
            leftoverDays += Math.min(DAYS_PER_LEFTOVER_YEAR - 1,
                    ChronoUnit.DAYS.between(stretch.from().plusYears(whole), endExclusive));
        }
        return (int) (years + leftoverDays / DAYS_PER_LEFTOVER_YEAR);
    }

    private record Stretch(LocalDate from, LocalDate to) {
    }
}
