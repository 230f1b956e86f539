package org.eduaid.enrollment.school;

import java.util.concurrent.atomic.AtomicLong;

/** Request bodies for schools: a valid one by default, each with a fresh school code. */
public final class SchoolMother {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private SchoolMother() {
    }

    public static String freshSchoolCode() {
        return String.format("1%09d", NEXT.incrementAndGet() % 1_000_000_000L);
    }

    /** A rural primary school in 林西县 (150424). */
    public static String linxiPrimary(String schoolCode) {
        return """
                {"schoolCode":"%s","name":"林西县统部镇中心小学","countyCode":"150424","kind":"PRIMARY",
                 "locality":"RURAL","boarding":true}""".formatted(schoolCode);
    }
}
