package org.eduaid.teacher.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.eduaid.contracts.Topics;
import org.eduaid.contracts.enrollment.SchoolRegistered;
import org.eduaid.teacher.school.application.PostingSchools;
import org.eduaid.testkit.CloudEventRecord;
import org.eduaid.testkit.KafkaTestClient;

/**
 * Fresh schools registered the way production learns them, through enrollment-service's event on
 * the real broker, waited for until this service knows them.
 */
public final class PostingSchoolsOnKafka {

    private PostingSchoolsOnKafka() {
    }

    /** A fresh 10-digit school code no other test uses. */
    public static String freshCode() {
        return "8" + String.format("%09d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000L));
    }

    public static String register(PostingSchools schools, String countyCode, String kind, boolean rural) {
        String code = freshCode();
        KafkaTestClient.shared().send(CloudEventRecord.of(SchoolRegistered.class, code, 1, """
                {"schoolCode":"%s","name":"测试学校%s","countyCode":"%s","kind":"%s","locality":"%s",
                 "boarding":false,"registeredAt":"2026-09-01T00:00:00Z"}"""
                .formatted(code, code.substring(6), countyCode, kind, rural ? "RURAL" : "URBAN"))
                .toRecord(Topics.ENROLLMENT_SCHOOLS, 0));
        await().atMost(Duration.ofSeconds(30)).until(() -> schools.find(code).blockOptional().isPresent());
        return code;
    }
}
