package org.eduaid.enrollment.household;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.eduaid.contracts.inbound.AssistanceStatusChanged;
import org.eduaid.kit.privacy.ResidentIdNumber;
import org.eduaid.contracts.inbound.DisabilityCertificateChanged;
import org.eduaid.contracts.inbound.PovertyStatusChanged;
import org.eduaid.testkit.CloudEventRecord;

/** The agencies' records as they publish them, with fresh people and record ids for every test. */
public final class HouseholdMother {

    public static final String LINXI = "150424";
    public static final String KESHIKETENG = "150425";
    private static final AtomicLong NEXT = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000));

    private HouseholdMother() {
    }

    /** A valid ID number (real check character) of a child born in Linxi between 2008 and 2016, never the same twice. */
    public static String freshIdNumber() {
        long n = NEXT.incrementAndGet();
        LocalDate birth = LocalDate.of(2008, 1, 1).plusDays(n % 3000);
        String first17 = LINXI + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", (n / 3000) % 1000);
        return first17 + checkCharacter(first17);
    }

    /** The same number with a wrong check character: a mistyped digit. */
    public static String withWrongCheckCharacter(String idNumber) {
        char right = idNumber.charAt(17);
        char wrong = right == '0' ? '1' : '0';
        return idNumber.substring(0, 17) + wrong;
    }

    public static char checkCharacter(String first17) {
        return ResidentIdNumber.checkCharacterOf(first17);
    }

    /** An agency's own record id: the Kafka key and ce_subject. */
    public static String freshRecordId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    public static PovertyStatusChanged poverty(String idNumber, String status) {
        return new PovertyStatusChanged(idNumber, "王小明", "HH-150424-000123", LINXI, status, "2024-03-01");
    }

    public static CloudEventRecord povertyRecord(String recordId, long sequence, Instant recordedAt, String idNumber,
            String countyCode, String status, String effectiveOn) {
        return CloudEventRecord.of(PovertyStatusChanged.class, recordId, sequence, """
                {"idNumber":"%s","name":"王小明","householdNumber":"HH-%s-000123","countyCode":"%s","status":"%s",
                 "effectiveOn":"%s","addedLater":"ignored"}""".formatted(idNumber, countyCode, countyCode, status, effectiveOn))
                .header("ce_source", "poverty-registry")
                .header("ce_time", recordedAt.toString());
    }

    public static CloudEventRecord assistanceRecord(String recordId, long sequence, Instant recordedAt, String idNumber,
            String countyCode, String assistance, String status, String effectiveOn) {
        return CloudEventRecord.of(AssistanceStatusChanged.class, recordId, sequence, """
                {"idNumber":"%s","name":"李小红","countyCode":"%s","assistance":"%s","status":"%s","effectiveOn":"%s"}"""
                .formatted(idNumber, countyCode, assistance, status, effectiveOn))
                .header("ce_source", "civil-affairs")
                .header("ce_time", recordedAt.toString());
    }

    public static CloudEventRecord disabilityRecord(String recordId, long sequence, Instant recordedAt, String idNumber,
            String countyCode, String kind, int grade, String status, String effectiveOn) {
        return CloudEventRecord.of(DisabilityCertificateChanged.class, recordId, sequence, """
                {"idNumber":"%s","name":"张小刚","countyCode":"%s","kind":"%s","grade":%d,"status":"%s","effectiveOn":"%s"}"""
                .formatted(idNumber, countyCode, kind, grade, status, effectiveOn))
                .header("ce_source", "disability-federation")
                .header("ce_time", recordedAt.toString());
    }
}
