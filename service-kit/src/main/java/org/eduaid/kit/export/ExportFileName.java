package org.eduaid.kit.export;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name of an exported file, put together only from vetted parts: the report (from a fixed list,
 * or a slug that passes the same check), a region code and a period, e.g.
 * {@code aid-recipients_150424_2019-2020.csv}. Nothing typed by a user reaches it, so it needs no
 * escaping anywhere: no path separators, quotes, line breaks or header tricks can occur.
 */
public final class ExportFileName {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int LONGEST_SLUG = 48;
    private static final Set<Integer> REGION_CODE_LENGTHS = Set.of(2, 4, 6, 9, 12);
    private static final int FIRST_YEAR = 1949;
    private static final int LAST_YEAR = 2200;

    private final String value;
    private final ExportFormat format;

    private ExportFileName(String value, ExportFormat format) {
        this.value = value;
        this.format = format;
    }

    public static Builder report(ExportReport report) {
        return report(report.slug());
    }

    /** @throws IllegalArgumentException unless the slug is lower-case words of letters and digits joined by hyphens */
    public static Builder report(String slug) {
        if (slug == null || slug.length() > LONGEST_SLUG || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("a report slug is up to " + LONGEST_SLUG
                    + " lower-case letters and digits in hyphen-separated words");
        }
        return new Builder(slug);
    }

    public String value() {
        return value;
    }

    public ExportFormat format() {
        return format;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExportFileName that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }

    /** Collects the parts in a fixed order: report, region, period, extension. */
    public static final class Builder {

        private final String report;
        private String region;
        private String period;

        private Builder(String report) {
            this.report = report;
        }

        /** A province (2 digits), city (4), county (6), township (9) or village (12) code. */
        public Builder region(String code) {
            if (code == null || !REGION_CODE_LENGTHS.contains(code.length()) || !code.chars().allMatch(Builder::isDigit)) {
                throw new IllegalArgumentException("a region code is 2, 4, 6, 9 or 12 digits");
            }
            this.region = code;
            return this;
        }

        /** The school year starting in September of {@code startYear}: {@code 2019-2020}. */
        public Builder schoolYear(int startYear) {
            return period(checkedYear(startYear) + "-" + (startYear + 1));
        }

        public Builder year(Year year) {
            return period(Integer.toString(checkedYear(year.getValue())));
        }

        public Builder month(YearMonth month) {
            checkedYear(month.getYear());
            return period(month.toString());
        }

        public Builder day(LocalDate day) {
            checkedYear(day.getYear());
            return period(day.toString());
        }

        public ExportFileName csv() {
            return as(ExportFormat.CSV);
        }

        public ExportFileName as(ExportFormat format) {
            List<String> parts = new ArrayList<>(List.of(report));
            if (region != null) {
                parts.add(region);
            }
            if (period != null) {
                parts.add(period);
            }
            return new ExportFileName(String.join("_", parts) + "." + format.extension(), format);
        }

        private Builder period(String text) {
            if (period != null) {
                throw new IllegalStateException("an export covers one period");
            }
            this.period = text;
            return this;
        }

        private static int checkedYear(int year) {
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw new IllegalArgumentException("the period must lie between " + FIRST_YEAR + " and " + LAST_YEAR);
            }
            return year;
        }

        private static boolean isDigit(int c) {
            return c >= '0' && c <= '9';
        }
    }
}
