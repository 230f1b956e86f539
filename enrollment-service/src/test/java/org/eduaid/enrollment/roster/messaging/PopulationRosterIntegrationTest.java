package org.eduaid.enrollment.roster.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eduaid.contracts.Topics;
import org.eduaid.contracts.envelope.CloudEventHeaders;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.enrollment.person.PersonIds;
import org.eduaid.enrollment.roster.application.RosterRepository;
import org.eduaid.enrollment.roster.domain.ChangeKind;
import org.eduaid.enrollment.roster.domain.RosterStatus;
import org.eduaid.kit.consumer.DeadLetterErrorHandling;
import org.eduaid.kit.privacy.ResidentIdNumber;
import org.eduaid.testkit.CloudEventRecord;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.KafkaTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.eduaid.enrollment.roster.RosterChildMother.*;

/** The population-registry consumer on the real broker and store: idempotent, order-safe, dead-letters defects. */
@EduAidServiceTest
class PopulationRosterIntegrationTest {

    private static final String TOPIC = Topics.INBOUND_POPULATION_REGISTRY;
    private static final String DEAD_LETTERS = Topics.deadLetterTopic(TOPIC, "enrollment-population-roster");
    private static final KafkaTestClient kafka = KafkaTestClient.shared();

    @Autowired
    RosterRepository roster;

    @Autowired
    PersonIds personIds;

    @Test
    void aBirthPutsTheChildOnTheRosterAndPublishesItKeyedByChildIdWithoutTheIdNumber() {
        ResidentIdNumber child = childAged(LINXI, 8);
        String subject = registryId();
        kafka.send(birth(subject, 1, child, LINXI, LINXI_TOWNSHIP).toRecord(TOPIC));

        PersonId id = personIds.of(child);
        awaitStatus(id, RosterStatus.ON_ROSTER);
        var stored = roster.find(id).block().child();
        assertThat(stored.residence().townshipCode()).isEqualTo(LINXI_TOWNSHIP);
        assertThat(stored.name()).isNotBlank();

        ConsumerRecord<String, byte[]> event = await().atMost(Duration.ofSeconds(30))
                .until(() -> rosterEvents(id), events -> !events.isEmpty()).get(0);
        assertThat(KafkaTestClient.header(event, CloudEventHeaders.TYPE)).isEqualTo("eduaid.enrollment.RosterChildRecorded.v1");
        assertThat(KafkaTestClient.header(event, CloudEventHeaders.SUBJECT)).isEqualTo(id.value());
        String value = new String(event.value(), StandardCharsets.UTF_8);
        assertThat(value).contains("\"reason\":\"BIRTH\"").contains("\"countyCode\":\"150424\"")
                .doesNotContain(child.unmaskedValue()).doesNotContain(child.unmaskedValue().substring(6, 14));
        for (Header header : event.headers()) {
            assertThat(new String(header.value(), StandardCharsets.UTF_8)).doesNotContain(child.unmaskedValue());
        }
    }

    @Test
    void aDuplicateBirthChangesNothingAndPublishesOnce() {
        ResidentIdNumber child = childAged(LINXI, 9);
        String subject = registryId();
        CloudEventRecord first = birth(subject, 1, child, LINXI, null);
        kafka.send(first.toRecord(TOPIC, 2));
        kafka.send(birth(subject, 1, child, LINXI, null).header(CloudEventHeaders.TIME,
                headerOf(first, CloudEventHeaders.TIME)).toRecord(TOPIC, 2));
        kafka.send(birth(subject, 1, child, LINXI, null).eventId(first.eventId()).header(CloudEventHeaders.TIME,
                headerOf(first, CloudEventHeaders.TIME)).toRecord(TOPIC, 2));
        ResidentIdNumber barrier = awaitBarrierOn(2);

        PersonId id = personIds.of(child);
        // the copies may move the record's position on, but the child entered the roster once
        assertThat(roster.find(id).block().child().history()).singleElement()
                .satisfies(change -> assertThat(change.kind()).isEqualTo(ChangeKind.BIRTH));
        await().atMost(Duration.ofSeconds(30)).until(() -> rosterEvents(personIds.of(barrier)), events -> !events.isEmpty());
        assertThat(rosterEvents(id)).hasSize(1);
    }

    @Test
    void aMoveOutDeliveredBeforeTheMoveInItFollowsLeavesTheChildOffTheRoster() {
        ResidentIdNumber child = childAged(KESHIKETENG, 10);
        String subject = registryId();
        Instant movedInAt = Instant.now().minusSeconds(3600);
        kafka.send(movedOut(subject, 2, child, KESHIKETENG, LINXI, LocalDate.now().minusDays(1)).toRecord(TOPIC, 3));
        kafka.send(movedIn(subject, 1, child, LHASA_CHENGGUAN, KESHIKETENG, LocalDate.now().minusDays(30))
                .header(CloudEventHeaders.TIME, movedInAt.toString()).toRecord(TOPIC, 3));
        ResidentIdNumber barrier = awaitBarrierOn(3);

        PersonId id = personIds.of(child);
        assertThat(roster.find(id).block().child().status()).isEqualTo(RosterStatus.MOVED_OUT);
        await().atMost(Duration.ofSeconds(30)).until(() -> rosterEvents(personIds.of(barrier)), events -> !events.isEmpty());
        assertThat(rosterEvents(id)).isEmpty();
    }

    @Test
    void aMoveOutThenADeathRemoveTheChildOnceEach() {
        ResidentIdNumber child = childAged(LINXI, 7);
        String subject = registryId();
        Instant born = Instant.now().minusSeconds(7200);
        kafka.send(birth(subject, 1, child, LINXI, null).header(CloudEventHeaders.TIME, born.toString()).toRecord(TOPIC, 4));
        kafka.send(died(subject, 2, child, LINXI, LocalDate.now().minusDays(2)).toRecord(TOPIC, 4));
        kafka.send(movedIn(subject, 3, child, LINXI, KESHIKETENG, LocalDate.now()).toRecord(TOPIC, 4));

        PersonId id = personIds.of(child);
        awaitBarrierOn(4);
        assertThat(roster.find(id).block().child().status()).isEqualTo(RosterStatus.DECEASED);
        List<String> types = await().atMost(Duration.ofSeconds(30)).until(() -> rosterEvents(id).stream()
                .map(event -> KafkaTestClient.header(event, CloudEventHeaders.TYPE)).toList(), found -> found.size() >= 2);
        assertThat(types).containsExactly("eduaid.enrollment.RosterChildRecorded.v1", "eduaid.enrollment.RosterChildRemoved.v1");
    }

    @Test
    void adultsAreNotKept() {
        ResidentIdNumber adult = idNumber(LINXI, LocalDate.now().minusYears(35), ResidentIdNumber.Sex.MALE);
        kafka.send(birth(registryId(), 1, adult, LINXI, null).toRecord(TOPIC, 5));
        awaitBarrierOn(5);
        assertThat(roster.find(personIds.of(adult)).blockOptional()).isEmpty();
    }

    @Test
    void everyDefectIsDeadLetteredWithItsReasonAndTheNextRecordIsProcessed() {
        ResidentIdNumber child = childAged(LINXI, 11);
        String valid = child.unmaskedValue();
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        Map<String, CloudEventRecord> defects = new java.util.LinkedHashMap<>();
        defects.put("payload is not a valid gov.population-registry.BirthRegistered.v1",
                birth(registryId(), 1, child, LINXI, null).payload("{\"idNumber\":"));
        defects.put("unknown event type 'gov.population-registry.ResidentEmigrated.v1'",
                birth(registryId(), 1, child, LINXI, null).type("gov.population-registry.ResidentEmigrated.v1"));
        defects.put("missing header ce_sequence", birth(registryId(), 1, child, LINXI, null).withoutHeader(CloudEventHeaders.SEQUENCE));
        defects.put("missing header ce_time", birth(registryId(), 1, child, LINXI, null).withoutHeader(CloudEventHeaders.TIME));
        defects.put("idNumber has a check character that does not match",
                birth(registryId(), 1, child, LINXI, null).payload(new String(
                        birth("x", 1, child, LINXI, null).toRecord(TOPIC).value(), StandardCharsets.UTF_8)
                        .replace(valid, wrongCheck)));
        defects.put("countyCode is not a county in the national division list", birth(registryId(), 1, child, "159999", null));
        defects.put("record key does not match ce_subject",
                birth(registryId(), 1, child, LINXI, null).header(CloudEventHeaders.SUBJECT, registryId()));
        defects.put("name is missing", birth(registryId(), 1, child, LINXI, null).payload(
                "{\"idNumber\":\"" + valid + "\",\"countyCode\":\"150424\",\"registeredOn\":\"" + child.birthDate() + "\"}"));
        Map<String, String> keyByReason = new java.util.LinkedHashMap<>();
        defects.forEach((reason, record) -> {
            var producerRecord = record.toRecord(TOPIC, 0);
            keyByReason.put(reason, producerRecord.key());
            kafka.send(producerRecord);
        });
        ResidentIdNumber next = childAged(LINXI, 12);
        kafka.send(birth(registryId(), 1, next, LINXI, null).toRecord(TOPIC, 0));

        awaitStatus(personIds.of(next), RosterStatus.ON_ROSTER);
        assertThat(roster.find(personIds.of(child)).blockOptional()).isEmpty();
        Map<String, String> reasonByKey = await().atMost(Duration.ofSeconds(30))
                .until(() -> kafka.readAll(DEAD_LETTERS, Duration.ofSeconds(2)).stream()
                        .filter(r -> keyByReason.containsValue(r.key()))
                        .collect(Collectors.toMap(ConsumerRecord::key,
                                r -> KafkaTestClient.header(r, DeadLetterErrorHandling.REASON_HEADER), (a, b) -> a)),
                        found -> found.size() >= keyByReason.size());
        keyByReason.forEach((reason, key) -> {
            assertThat(reasonByKey.get(key)).contains(reason);
            assertThat(reasonByKey.get(key)).doesNotContain(valid).doesNotContain(wrongCheck);
        });
    }

    private ResidentIdNumber awaitBarrierOn(int partition) {
        ResidentIdNumber barrier = childAged(LINXI, 6);
        kafka.send(birth(registryId(), 1, barrier, LINXI, null).toRecord(TOPIC, partition));
        awaitStatus(personIds.of(barrier), RosterStatus.ON_ROSTER);
        return barrier;
    }

    private void awaitStatus(PersonId id, RosterStatus status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> roster.find(id).blockOptional()
                .map(stored -> stored.child().status() == status).orElse(false));
    }

    private static List<ConsumerRecord<String, byte[]>> rosterEvents(PersonId id) {
        return kafka.readAll(Topics.ENROLLMENT_ROSTER, Duration.ofSeconds(2)).stream()
                .filter(record -> id.value().equals(record.key())).toList();
    }

    private static String headerOf(CloudEventRecord record, String name) {
        return new String(record.toRecord(TOPIC).headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
