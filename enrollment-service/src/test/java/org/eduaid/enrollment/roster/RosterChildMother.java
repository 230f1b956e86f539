package org.eduaid.enrollment.roster;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.eduaid.contracts.inbound.BirthRegistered;
import org.eduaid.contracts.inbound.ResidentDied;
import org.eduaid.contracts.inbound.ResidentMovedIn;
import org.eduaid.contracts.inbound.ResidentMovedOut;
import org.eduaid.enrollment.roster.domain.SchoolAgePolicy;
import org.eduaid.kit.privacy.ResidentIdNumber;
import org.eduaid.testkit.CloudEventRecord;

/**
 * Children for roster tests: fresh, checksum-valid ID numbers (GB 11643, ISO 7064 MOD 11-2) of real
 * counties, and the population registry's records about them.
 */
public final class RosterChildMother {

    public static final String LINXI = "150424";
    public static final String LINXI_TOWNSHIP = "150424100";
    public static final String KESHIKETENG = "150425";
    public static final String LHASA_CHENGGUAN = "540102";

    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(400_000));
    private static final String[] NAMES = { "王小明", "李春燕", "张伟", "欧阳娜娜", "巴特尔", "其其格", "扎西顿珠" };

    private RosterChildMother() {
    }

    /** The 17 digits and the check character they call for. */
    public static String withCheckCharacter(String seventeenDigits) {
        return seventeenDigits + ResidentIdNumber.checkCharacterOf(seventeenDigits);
    }

    /** A never-used ID number of a child registered in {@code county}, born on {@code birthDate}. */
    public static ResidentIdNumber idNumber(String county, LocalDate birthDate, ResidentIdNumber.Sex sex) {
        // the birth date moves by up to a few days with the counter, the sequence carries the rest
        int next = NEXT.incrementAndGet();
        int sequence = (next % 500) * 2 + (sex == ResidentIdNumber.Sex.MALE ? 1 : 0);
        LocalDate born = birthDate.minusDays((next / 500) % 5);
        String digits = county + born.toString().replace("-", "") + String.format("%03d", sequence);
        return ResidentIdNumber.parse(withCheckCharacter(digits));
    }

    /** A child who is {@code age} on the reference date (31 August) of the current school year. */
    public static ResidentIdNumber childAged(String county, int age, ResidentIdNumber.Sex sex) {
        LocalDate reference = SchoolAgePolicy.compulsoryEducation().referenceDate(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        // at least 5 days before the reference day: the counter may move the birth date back by 4
        return idNumber(county, reference.minusYears(age).minusDays(5 + ThreadLocalRandom.current().nextInt(200)), sex);
    }

    public static ResidentIdNumber childAged(String county, int age) {
        return childAged(county, age, ThreadLocalRandom.current().nextBoolean() ? ResidentIdNumber.Sex.MALE
                : ResidentIdNumber.Sex.FEMALE);
    }

    public static String name() {
        return NAMES[ThreadLocalRandom.current().nextInt(NAMES.length)];
    }

    /** The population registry's own id of a person: the key and subject of its records. */
    public static String registryId() {
        return "hj-" + UUID.randomUUID();
    }

    public static CloudEventRecord birth(String subject, long sequence, ResidentIdNumber child, String county,
            String township) {
        return CloudEventRecord.of(BirthRegistered.class, subject, sequence, """
                {"idNumber":"%s","name":"%s","countyCode":"%s","townshipCode":%s,"villageCode":null,
                 "guardianName":"王建国","registeredOn":"%s","addedLater":"ignored"}""".formatted(child.unmaskedValue(),
                name(), county, township == null ? "null" : "\"" + township + "\"", child.birthDate().plusDays(3)));
    }

    public static CloudEventRecord movedIn(String subject, long sequence, ResidentIdNumber child, String from,
            String county, LocalDate movedOn) {
        return CloudEventRecord.of(ResidentMovedIn.class, subject, sequence, """
                {"idNumber":"%s","name":"%s","fromCountyCode":"%s","countyCode":"%s","townshipCode":null,
                 "villageCode":null,"movedOn":"%s"}""".formatted(child.unmaskedValue(), name(), from, county, movedOn));
    }

    public static CloudEventRecord movedOut(String subject, long sequence, ResidentIdNumber child, String county,
            String to, LocalDate movedOn) {
        return CloudEventRecord.of(ResidentMovedOut.class, subject, sequence, """
                {"idNumber":"%s","countyCode":"%s","toCountyCode":"%s","movedOn":"%s"}"""
                .formatted(child.unmaskedValue(), county, to, movedOn));
    }

    public static CloudEventRecord died(String subject, long sequence, ResidentIdNumber child, String county,
            LocalDate diedOn) {
        return CloudEventRecord.of(ResidentDied.class, subject, sequence, """
                {"idNumber":"%s","countyCode":"%s","diedOn":"%s"}""".formatted(child.unmaskedValue(), county, diedOn));
    }
}
