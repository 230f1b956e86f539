package org.eduaid.enrollment.household.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.eduaid.enrollment.household.HouseholdMother.LINXI;
import static org.eduaid.enrollment.household.HouseholdMother.assistanceRecord;
import static org.eduaid.enrollment.household.HouseholdMother.disabilityRecord;
import static org.eduaid.enrollment.household.HouseholdMother.freshIdNumber;
import static org.eduaid.enrollment.household.HouseholdMother.freshRecordId;
import static org.eduaid.enrollment.household.HouseholdMother.povertyRecord;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eduaid.contracts.Topics;
import org.eduaid.enrollment.household.HouseholdMother;
import org.eduaid.enrollment.household.RecordingStudentFlagSync;
import org.eduaid.enrollment.household.application.ExternalFlagLookup;
import org.eduaid.enrollment.household.application.ExternalFlags;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.enrollment.person.PersonIds;
import org.eduaid.kit.consumer.DeadLetterErrorHandling;
import org.eduaid.kit.privacy.ResidentIdNumber;
import org.eduaid.testkit.CloudEventRecord;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.KafkaTestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The three agencies' topics on the real broker: late, duplicated, out-of-order and malformed
 * records, as the agencies will send them. Each test uses people and record ids of its own.
 */
@EduAidServiceTest
@ExtendWith(OutputCaptureExtension.class)
class HouseholdFlagConsumersIntegrationTest {

    private static final String POVERTY = Topics.INBOUND_POVERTY_REGISTRY;
    private static final String ASSISTANCE = Topics.INBOUND_CIVIL_AFFAIRS;
    private static final String DISABILITY = Topics.INBOUND_DISABILITY_CERTIFICATES;
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final KafkaTestClient kafka = KafkaTestClient.shared();

    @Autowired
    ExternalFlagLookup lookup;

    @Autowired
    PersonIds personIds;

    @Autowired
    RecordingStudentFlagSync studentSync;

    private final Instant base = Instant.now().minus(1, ChronoUnit.HOURS);

    @Test
    void eachAgencysRecordSetsItsFlagWithWhereItCameFrom() {
        String id = freshIdNumber();
        String otherChild = freshIdNumber();
        PersonId person = personOf(id);

        kafka.send(povertyRecord(freshRecordId("PR"), 1, base, id, LINXI, "LIFTED_OUT", "2021-02-25").toRecord(POVERTY, 0));
        kafka.send(assistanceRecord(freshRecordId("CA"), 1, base, id, LINXI, "DIBAO", "GRANTED", "2023-09-01")
                .toRecord(ASSISTANCE, 0));
        kafka.send(assistanceRecord(freshRecordId("CA"), 1, base, id, LINXI, "ORPHAN", "ENDED", "2022-01-01")
                .toRecord(ASSISTANCE, 0));
        kafka.send(disabilityRecord(freshRecordId("DF"), 1, base, id, LINXI, "HEARING", 3, "ISSUED", "2020-05-20")
                .toRecord(DISABILITY, 0));

        List<ExternalFlags> flags = awaitFlags(person, 4);
        assertThat(flags).extracting(ExternalFlags::flag, ExternalFlags::source, ExternalFlags::on)
                .containsExactly(
                        tuple("REGISTERED_POOR", "poverty-registry", true),
                        tuple("DIBAO", "civil-affairs", true),
                        tuple("ORPHAN", "civil-affairs", false),
                        tuple("DISABILITY", "disability-federation", true));
        ExternalFlags disability = flags.get(3);
        assertThat(disability.disabilityKind()).isEqualTo("HEARING");
        assertThat(disability.disabilityGrade()).isEqualTo(3);
        assertThat(disability.effectiveOn()).hasToString("2020-05-20");
        assertThat(disability.recordedAt()).isEqualTo(base);

        Map<PersonId, List<ExternalFlags>> batch = lookup.flagsOf(List.of(person, personOf(otherChild))).block();
        assertThat(batch.get(person)).hasSize(4);
        assertThat(batch.get(personOf(otherChild))).isEmpty();
    }

    @Test
    void theLatestRecordWinsWhateverOrderTheyArriveIn() {
        String id = freshIdNumber();
        PersonId person = personOf(id);
        String record = freshRecordId("PR");
        CloudEventRecord registered = povertyRecord(record, 1, base, id, LINXI, "REGISTERED", "2019-01-01");
        CloudEventRecord liftedOut = povertyRecord(record, 2, base.plusSeconds(60), id, LINXI, "LIFTED_OUT", "2021-02-25");
        CloudEventRecord removed = povertyRecord(record, 3, base.plusSeconds(120), id, LINXI, "REMOVED", "2024-06-30");

        kafka.send(removed.toRecord(POVERTY, 0));
        kafka.send(registered.toRecord(POVERTY, 0));
        kafka.send(liftedOut.toRecord(POVERTY, 0));
        barrier(POVERTY);

        ExternalFlags flag = awaitFlags(person, 1).get(0);
        assertThat(flag.on()).isFalse();
        assertThat(flag.effectiveOn()).hasToString("2024-06-30");
        assertThat(flag.recordedAt()).isEqualTo(base.plusSeconds(120));

        // in order, each later record applies: the civil-affairs row ends with the last of them
        String other = freshIdNumber();
        String assistance = freshRecordId("CA");
        kafka.send(assistanceRecord(assistance, 1, base, other, LINXI, "TEKUN", "GRANTED", "2022-01-01").toRecord(ASSISTANCE, 0));
        kafka.send(assistanceRecord(assistance, 2, base.plusSeconds(1), other, LINXI, "TEKUN", "ENDED", "2023-01-01")
                .toRecord(ASSISTANCE, 0));
        await().atMost(PATIENCE).until(() -> flagsOf(personOf(other)).stream().anyMatch(f -> !f.on()));
    }

    @Test
    void aDuplicateOrAnOlderRecordChangesNothingAndIsNotPassedOnToTheStudent() {
        String id = freshIdNumber();
        PersonId person = personOf(id);
        String record = freshRecordId("DF");
        CloudEventRecord current = disabilityRecord(record, 2, base.plusSeconds(60), id, LINXI, "PHYSICAL", 2, "ISSUED",
                "2023-03-01");
        kafka.send(current.toRecord(DISABILITY, 0));
        awaitFlags(person, 1);

        // the same ce_id again, even saying something else
        kafka.send(disabilityRecord(record, 2, base.plusSeconds(60), id, LINXI, "PHYSICAL", 2, "REVOKED", "2023-04-01")
                .eventId(current.eventId()).toRecord(DISABILITY, 0));
        // recorded earlier, with a higher sequence of another certificate record id
        kafka.send(disabilityRecord(freshRecordId("DF"), 9, base, id, LINXI, "VISUAL", 1, "REVOKED", "2023-05-01")
                .toRecord(DISABILITY, 0));
        // the same instant, an earlier sequence
        kafka.send(disabilityRecord(record, 1, base.plusSeconds(60), id, LINXI, "VISUAL", 1, "ISSUED", "2023-01-01")
                .toRecord(DISABILITY, 0));
        barrier(DISABILITY);

        ExternalFlags flag = flagsOf(person).get(0);
        assertThat(flag.on()).isTrue();
        assertThat(flag.disabilityKind()).isEqualTo("PHYSICAL");
        assertThat(flag.disabilityGrade()).isEqualTo(2);
        assertThat(flag.effectiveOn()).hasToString("2023-03-01");
        assertThat(studentSync.callsFor(person)).isNotEmpty()
                .allSatisfy(call -> assertThat(call).isEqualTo(flag));
    }

    @Test
    void theStudentIsAskedToFollowTheNewestRecordOnly() {
        String id = freshIdNumber();
        PersonId person = personOf(id);
        String record = freshRecordId("CA");

        kafka.send(assistanceRecord(record, 2, base.plusSeconds(60), id, LINXI, "ORPHAN", "GRANTED", "2024-01-01")
                .toRecord(ASSISTANCE, 0));
        kafka.send(assistanceRecord(record, 1, base, id, LINXI, "ORPHAN", "ENDED", "2023-01-01").toRecord(ASSISTANCE, 0));
        barrier(ASSISTANCE);

        assertThat(studentSync.callsFor(person)).hasSize(1).first().satisfies(call -> {
            assertThat(call.flag()).isEqualTo("ORPHAN");
            assertThat(call.source()).isEqualTo("civil-affairs");
            assertThat(call.on()).isTrue();
            assertThat(call.recordedAt()).isEqualTo(base.plusSeconds(60));
            assertThat(call.effectiveOn()).hasToString("2024-01-01");
        });
    }

    @Test
    void whenTheStudentCannotBeUpdatedTheRecordIsRetriedAndTheFlagKeptMeanwhile() {
        String id = freshIdNumber();
        PersonId person = personOf(id);
        studentSync.failNext(person, 2);

        kafka.send(povertyRecord(freshRecordId("PR"), 1, base, id, LINXI, "REGISTERED", "2020-01-01").toRecord(POVERTY, 0));

        await().atMost(PATIENCE).until(() -> studentSync.callsFor(person).size() >= 3);
        assertThat(studentSync.callsFor(person)).extracting(ExternalFlags::recordedAt).containsOnly(base);
        assertThat(flagsOf(person)).singleElement().satisfies(flag -> assertThat(flag.on()).isTrue());
    }

    @Test
    void recordsThatBreakTheContractAreDeadLetteredWithTheReasonAndTheNextRecordIsProcessed(CapturedOutput output) {
        String good = freshIdNumber();
        String wrongCheck = HouseholdMother.withWrongCheckCharacter(freshIdNumber());
        String someone = freshIdNumber();
        Map<String, CloudEventRecord> povertyDefects = Map.of(
                "not JSON", povertyRecord(freshRecordId("PR"), 1, base, someone, LINXI, "REGISTERED", "2020-01-01")
                        .payload("{\"idNumber\":\"" + someone + "\", not json"),
                "unknown type", povertyRecord(freshRecordId("PR"), 1, base, someone, LINXI, "REGISTERED", "2020-01-01")
                        .type("gov.poverty-registry.HouseholdMerged.v1"),
                "missing ce_time", povertyRecord(freshRecordId("PR"), 1, base, someone, LINXI, "REGISTERED", "2020-01-01")
                        .withoutHeader("ce_time"),
                "bad checksum", povertyRecord(freshRecordId("PR"), 1, base, wrongCheck, LINXI, "REGISTERED", "2020-01-01"),
                "unknown county", povertyRecord(freshRecordId("PR"), 1, base, someone, "150499", "REGISTERED", "2020-01-01"),
                "unknown status", povertyRecord(freshRecordId("PR"), 1, base, someone, LINXI, "PENDING", "2020-01-01"),
                "key is not subject", povertyRecord(freshRecordId("PR"), 1, base, someone, LINXI, "REGISTERED", "2020-01-01")
                        .header("ce_subject", freshRecordId("PR")));
        CloudEventRecord gradeSeven = disabilityRecord(freshRecordId("DF"), 1, base, someone, LINXI, "MENTAL", 7, "ISSUED",
                "2020-01-01");
        CloudEventRecord unknownAssistance = assistanceRecord(freshRecordId("CA"), 1, base, someone, LINXI, "WUBAO",
                "GRANTED", "2020-01-01");

        povertyDefects.values().forEach(record -> kafka.send(record.toRecord(POVERTY, 1)));
        kafka.send(gradeSeven.toRecord(DISABILITY, 1));
        kafka.send(unknownAssistance.toRecord(ASSISTANCE, 1));
        kafka.send(povertyRecord(freshRecordId("PR"), 1, base, good, LINXI, "REGISTERED", "2020-01-01").toRecord(POVERTY, 1));
        kafka.send(disabilityRecord(freshRecordId("DF"), 1, base, good, LINXI, "MENTAL", 4, "ISSUED", "2020-01-01")
                .toRecord(DISABILITY, 1));
        kafka.send(assistanceRecord(freshRecordId("CA"), 1, base, good, LINXI, "DIBAO", "GRANTED", "2020-01-01")
                .toRecord(ASSISTANCE, 1));

        awaitFlags(personOf(good), 3);
        assertThat(flagsOf(personOf(someone))).isEmpty();
        Map<String, String> povertyReasons = deadLetterReasons(POVERTY, "enrollment-poverty-flags",
                povertyDefects.values().stream().map(HouseholdFlagConsumersIntegrationTest::keyOf).toList());
        assertThat(povertyReasons.get(keyOf(povertyDefects.get("not JSON"))))
                .startsWith("payload is not a valid gov.poverty-registry.PovertyStatusChanged.v1");
        assertThat(povertyReasons.get(keyOf(povertyDefects.get("unknown type"))))
                .isEqualTo("unknown event type 'gov.poverty-registry.HouseholdMerged.v1'");
        assertThat(povertyReasons.get(keyOf(povertyDefects.get("missing ce_time")))).isEqualTo("missing header ce_time");
        assertThat(povertyReasons.get(keyOf(povertyDefects.get("bad checksum"))))
                .startsWith("PovertyStatusChanged.idNumber has a check character that does not match");
        assertThat(povertyReasons.get(keyOf(povertyDefects.get("unknown county"))))
                .isEqualTo("PovertyStatusChanged.countyCode '150499' is not a county of the national division list");
        assertThat(povertyReasons.get(keyOf(povertyDefects.get("unknown status"))))
                .isEqualTo("PovertyStatusChanged.status 'PENDING' is none of REGISTERED, LIFTED_OUT, REMOVED");
        assertThat(povertyReasons.get(keyOf(povertyDefects.get("key is not subject"))))
                .isEqualTo("record key does not match ce_subject");
        assertThat(deadLetterReasons(DISABILITY, "enrollment-disability-flags", List.of(keyOf(gradeSeven))).values())
                .containsExactly("DisabilityCertificateChanged.grade must be 1 to 4, not 7");
        assertThat(deadLetterReasons(ASSISTANCE, "enrollment-assistance-flags", List.of(keyOf(unknownAssistance))).values())
                .containsExactly("AssistanceStatusChanged.assistance 'WUBAO' is none of DIBAO, TEKUN, ORPHAN");

        for (String reason : povertyReasons.values()) {
            assertThat(reason).doesNotContain(someone).doesNotContain(wrongCheck).doesNotContain("王小明");
        }
        assertThat(output.getAll()).doesNotContain(someone).doesNotContain(wrongCheck).doesNotContain(good);
    }

    @Test
    void aDeadLetterKeepsTheOriginalRecordForOps() {
        String id = freshIdNumber();
        CloudEventRecord broken = povertyRecord(freshRecordId("PR"), 1, base, id, "150499", "REGISTERED", "2020-01-01");
        kafka.send(broken.toRecord(POVERTY, 2));

        ConsumerRecord<String, byte[]> deadLetter = await().atMost(PATIENCE)
                .until(() -> kafka.readAll(Topics.deadLetterTopic(POVERTY, "enrollment-poverty-flags"), Duration.ofSeconds(2))
                        .stream().filter(r -> keyOf(broken).equals(r.key())).findFirst(), Optional::isPresent)
                .orElseThrow();

        assertThat(KafkaTestClient.header(deadLetter, "ce_id")).isEqualTo(broken.eventId());
        assertThat(KafkaTestClient.header(deadLetter, "ce_type")).isEqualTo("gov.poverty-registry.PovertyStatusChanged.v1");
        assertThat(new String(deadLetter.value())).contains("\"countyCode\":\"150499\"");
    }

    /** A record of a fresh person behind everything sent so far on partition 0; once it is applied, so is all before it. */
    private void barrier(String topic) {
        String id = freshIdNumber();
        CloudEventRecord record = switch (topic) {
            case Topics.INBOUND_POVERTY_REGISTRY -> povertyRecord(freshRecordId("PR"), 1, base, id, LINXI, "REGISTERED", "2020-01-01");
            case Topics.INBOUND_CIVIL_AFFAIRS -> assistanceRecord(freshRecordId("CA"), 1, base, id, LINXI, "DIBAO", "GRANTED",
                    "2020-01-01");
            default -> disabilityRecord(freshRecordId("DF"), 1, base, id, LINXI, "VISUAL", 1, "ISSUED", "2020-01-01");
        };
        kafka.send(record.toRecord(topic, 0));
        awaitFlags(personOf(id), 1);
    }

    private Map<String, String> deadLetterReasons(String topic, String group, List<String> keys) {
        List<ConsumerRecord<String, byte[]>> records = await().atMost(PATIENCE)
                .until(() -> kafka.readAll(Topics.deadLetterTopic(topic, group), Duration.ofSeconds(2)).stream()
                        .filter(r -> keys.contains(r.key())).toList(), found -> found.size() >= keys.size());
        return records.stream().collect(Collectors.toMap(ConsumerRecord::key,
                r -> KafkaTestClient.header(r, DeadLetterErrorHandling.REASON_HEADER), (a, b) -> a));
    }

    private static String keyOf(CloudEventRecord record) {
        return record.toRecord("any").key();
    }

    private List<ExternalFlags> awaitFlags(PersonId person, int count) {
        return await().atMost(PATIENCE).until(() -> flagsOf(person), flags -> flags.size() >= count);
    }

    private List<ExternalFlags> flagsOf(PersonId person) {
        return lookup.flagsOf(List.of(person)).block().get(person);
    }

    private PersonId personOf(String idNumber) {
        return personIds.of(ResidentIdNumber.parse(idNumber));
    }
}
