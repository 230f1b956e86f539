package org.eduaid.enrollment.student;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.eduaid.enrollment.person.PersonId;
import org.eduaid.enrollment.student.domain.Household;
import org.eduaid.enrollment.student.domain.Placement;
import org.eduaid.enrollment.student.domain.Stage;
import org.eduaid.enrollment.student.domain.Student;
import org.eduaid.kit.privacy.ResidentIdNumber;

/** Students and valid, fresh ID numbers (GB 11643 check character computed) for tests. */
public final class StudentMother {

    public static final String LINXI = "150424";
    public static final String KESHIKETENG = "150425";

    private static final AtomicLong NEXT = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000));

    private StudentMother() {
    }

    /** The check character GB 11643 asks for after these 17 digits. */
    public static char checkCharacter(String seventeenDigits) {
        return ResidentIdNumber.checkCharacterOf(seventeenDigits);
    }

    public static String idNumber(String region, LocalDate birthDate, int sequence) {
        return ResidentIdNumber.compose(region, birthDate, sequence);
    }

    /** A fresh ID number of a child born 2010–2018 in Linxi: never the same twice in a JVM. */
    public static String freshIdNumber() {
        return freshIdNumber(LINXI);
    }

    public static String freshIdNumber(String region) {
        long n = NEXT.incrementAndGet();
        LocalDate birth = LocalDate.of(2010, 1, 1).plusDays((n / 1000) % 3000);
        return idNumber(region, birth, (int) (n % 1000));
    }

    /** A fresh number of a girl born on {@code birthDate} (even sequence digit). */
    public static String freshIdNumber(String region, LocalDate birthDate, boolean female) {
        int sequence = (int) (NEXT.incrementAndGet() % 500) * 2 + (female ? 0 : 1);
        return idNumber(region, birthDate, sequence);
    }

    public static PersonId personId(int n) {
        return new PersonId("p-" + String.format("%026d", n));
    }

    public static Student registered(PersonId id) {
        return Student.register(id, ResidentIdNumber.parse(freshIdNumber()), "张小明", new Household(LINXI, null, null),
                "张大山", List.of(), "COUNTY_OFFICER:officer", Instant.parse("2024-08-01T00:00:00Z")).aggregate();
    }

    public static Placement linxiPrimary(String schoolCode, int grade) {
        return new Placement(schoolCode, LINXI, Stage.PRIMARY, grade, false);
    }

    public static Placement keshiketengPrimary(String schoolCode, int grade) {
        return new Placement(schoolCode, KESHIKETENG, Stage.PRIMARY, grade, true);
    }

    /** Body of {@code POST /api/enrollment/students} enrolling at {@code schoolCode} (PRIMARY grade 1). */
    public static String registration(String idNumber, String name, String householdCounty, String schoolCode) {
        String enrolment = schoolCode == null ? "" : """
                ,"enrolment":{"schoolCode":"%s","stage":"PRIMARY","grade":1,"boarding":false,"enrolledOn":"2024-09-01"}"""
                .formatted(schoolCode);
        return """
                {"idNumber":"%s","name":"%s","householdCountyCode":"%s","guardianName":"王秀英",
                 "flags":{"leftBehind":true}%s}""".formatted(idNumber, name, householdCounty, enrolment);
    }
}
