package org.eduaid.benchmarks.importing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.eduaid.benchmarks.PendingOutbox;
import org.eduaid.contracts.enrollment.HouseholdFlags;
import org.eduaid.contracts.enrollment.StudentRegistered;
import org.eduaid.kit.events.CloudEventRecords;
import org.eduaid.kit.events.EventEnveloper;
import org.eduaid.kit.events.EventJson;
import org.eduaid.kit.events.OutboundEvent;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.privacy.BlindIndex;
import org.eduaid.kit.privacy.FieldCipher;
import org.eduaid.kit.privacy.FieldPurpose;
import org.eduaid.kit.privacy.KeyRing;
import org.eduaid.kit.privacy.ResidentIdNumber;
import org.eduaid.testkit.privacy.TestPrivacyKeys;

/**
 * What the raw baselines write for a generated student, so that they move about as many bytes as the
 * import does per row: a document shaped like a new student aggregate with its pending event (the
 * blind index as id, the ID number, name and guardian encrypted with the kit's cipher under the test
 * keys, the enrolment, and the {@code StudentRegistered} event in {@code _outbox} as the kit's
 * {@code AggregateStore} stores it), and the Kafka record the outbox relay would send for that event.
 * An approximation of the service's own document, whose exact fields are the student feature's.
 */
final class StudentDocuments {

    private static final String COLLECTION = "students";
    private static final FieldPurpose ID_NUMBER = FieldPurpose.of(COLLECTION, "idNumber");
    private static final FieldPurpose NAME = FieldPurpose.of(COLLECTION, "name");
    private static final FieldPurpose GUARDIAN_NAME = FieldPurpose.of(COLLECTION, "guardianName");
    private static final Instant REGISTERED_AT = Instant.parse("2026-09-01T00:00:00Z");

    private final FieldCipher cipher = new FieldCipher(KeyRing.parse(TestPrivacyKeys.KEY_ID + ":" + TestPrivacyKeys.KEY,
            TestPrivacyKeys.KEY_ID));
    private final BlindIndex blindIndex = new BlindIndex(KeyRing.decodeKey("blind index key",
            TestPrivacyKeys.BLIND_INDEX_KEY));
    private final EventEnveloper enveloper = new EventEnveloper("enrollment-service", new EventJson(),
            Clock.fixed(REGISTERED_AT, ZoneOffset.UTC));
    private final TraceContext trace = TraceContext.fresh();

    /** The registry's id of the child: derived from the ID number's blind index, never the number itself. */
    String studentId(StudentFile.Student student) {
        return blindIndex.of(ID_NUMBER, student.idNumber());
    }

    StudentRegistered registered(StudentFile.Student student) {
        ResidentIdNumber idNumber = ResidentIdNumber.parse(student.idNumber());
        return new StudentRegistered(studentId(student), idNumber.masked(), student.name().charAt(0) + "*",
                idNumber.sex().name(), idNumber.birthDate().getYear(), student.countyCode(), student.townshipCode(),
                null, new HouseholdFlags(true, false, false, false, null, false, false), REGISTERED_AT);
    }

    OutboundEvent event(StudentFile.Student student) {
        return enveloper.envelope(studentId(student), 0, List.of(registered(student)), trace).get(0);
    }

    /** The record the relay would send, on the given topic. */
    ProducerRecord<String, byte[]> record(String topic, StudentFile.Student student) {
        ProducerRecord<String, byte[]> record = CloudEventRecords.toRecord(event(student));
        return new ProducerRecord<>(topic, null, record.timestamp(), record.key(), record.value(), record.headers());
    }

    /** The new aggregate's document with its pending event. */
    Document document(StudentFile.Student student) {
        ResidentIdNumber idNumber = ResidentIdNumber.parse(student.idNumber());
        OutboundEvent event = event(student);
        Document state = new Document("_id", event.metadata().subject())
                .append("_version", 1L)
                .append("idNumber", cipher.encrypt(student.idNumber(), ID_NUMBER))
                .append("maskedIdNumber", idNumber.masked())
                .append("name", cipher.encrypt(student.name(), NAME))
                .append("sex", idNumber.sex().name())
                .append("birthDate", idNumber.birthDate().toString())
                .append("householdCountyCode", student.countyCode())
                .append("householdTownshipCode", student.townshipCode())
                .append("guardianName", cipher.encrypt(student.guardianName(), GUARDIAN_NAME))
                .append("flags", List.of(new Document("flag", "REGISTERED_POOR").append("source", "IMPORT")
                        .append("since", Date.from(REGISTERED_AT))))
                .append("registeredAt", Date.from(REGISTERED_AT));
        StudentFile.Enrolment enrolment = student.enrolment();
        if (enrolment != null) {
            state.append("enrolment", new Document("schoolCode", enrolment.schoolCode())
                    .append("stage", enrolment.stage()).append("grade", enrolment.grade())
                    .append("boarding", enrolment.boarding()).append("enrolledOn", enrolment.enrolledOn().toString())
                    .append("status", "ACTIVE"));
        }
        return PendingOutbox.append(state, event, REGISTERED_AT, event.metadata().subject());
    }
}
