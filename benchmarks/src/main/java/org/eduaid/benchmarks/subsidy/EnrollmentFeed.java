package org.eduaid.benchmarks.subsidy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eduaid.benchmarks.RawKafkaProduce;
import org.eduaid.contracts.enrollment.HouseholdFlags;
import org.eduaid.contracts.enrollment.SchoolRegistered;
import org.eduaid.contracts.enrollment.StudentEnrolled;
import org.eduaid.contracts.enrollment.StudentRegistered;
import org.eduaid.kit.events.CloudEventRecords;
import org.eduaid.kit.events.EventEnveloper;
import org.eduaid.kit.events.EventJson;
import org.eduaid.kit.events.OutboundEvent;
import org.eduaid.kit.events.TraceContext;

/**
 * What enrollment-service would publish for the generated county, put straight onto Kafka: the
 * records its outbox relay sends (enveloped by the kit with source {@code enrollment-service}, the
 * subject as key, the CloudEvents attributes as headers; topics from the event catalogue), sent with
 * the relay's producer settings. A {@code SchoolRegistered} per school; per student a
 * {@code StudentRegistered} (sequence 1, the household registered-poor) and a {@code StudentEnrolled}
 * (sequence 2). Students go in chunks of {@value #CHUNK}, each built just before it is sent and
 * acknowledged before the next, so the feed never holds the county in memory. Knows nothing of
 * subsidy-service's API.
 */
final class EnrollmentFeed implements AutoCloseable {

    static final String SOURCE = "enrollment-service";
    static final int CHUNK = 5_000;

    private final EventEnveloper enveloper;
    private final Clock clock;
    private final Producer<String, byte[]> producer;

    EnrollmentFeed(String bootstrap, Clock clock) {
        this.enveloper = new EventEnveloper(SOURCE, new EventJson(), clock);
        this.clock = clock;
        this.producer = new KafkaProducer<>(RawKafkaProduce.relayProducerConfig(bootstrap, "benchmark-enrollment-feed"));
    }

    /** Sends every school's registration and waits for the acknowledgements; returns how many. */
    int sendSchools(List<FeedSchools.School> schools) {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (FeedSchools.School school : schools) {
            records.addAll(schoolRecords(school));
        }
        RawKafkaProduce.sendAndAwait(producer, records);
        return records.size();
    }

    /** Sends both events of every student, chunk by chunk; returns the records sent. */
    long sendStudents(PoorStudents students) {
        long sent = 0;
        for (int chunkStart = 0; chunkStart < students.size(); chunkStart += CHUNK) {
            List<ProducerRecord<String, byte[]>> chunk = new ArrayList<>(2 * CHUNK);
            for (int index = chunkStart; index < Math.min(students.size(), chunkStart + CHUNK); index++) {
                chunk.addAll(studentRecords(students.student(index), students.schoolYearStart()));
            }
            RawKafkaProduce.sendAndAwait(producer, chunk);
            sent += chunk.size();
        }
        return sent;
    }

    List<ProducerRecord<String, byte[]>> schoolRecords(FeedSchools.School school) {
        SchoolRegistered registered = new SchoolRegistered(school.code(), school.name(), school.countyCode(),
                school.kind(), school.locality(), school.boarding(), clock.instant());
        return records(enveloper.envelope(school.code(), 0, List.of(registered), TraceContext.fresh()));
    }

    /** StudentRegistered and StudentEnrolled, sequences 1 and 2, keyed by the student id. */
    List<ProducerRecord<String, byte[]>> studentRecords(PoorStudents.PoorStudent student, int schoolYearStart) {
        Instant now = clock.instant();
        StudentRegistered registered = new StudentRegistered(student.id(), student.maskedIdNumber(),
                student.maskedName(), student.sex(), student.birthYear(), student.householdCountyCode(), null, null,
                new HouseholdFlags(true, false, false, false, null, false, false), now);
        LocalDate enrolledOn = LocalDate.of(schoolYearStart, Month.SEPTEMBER, 1);
        StudentEnrolled enrolled = new StudentEnrolled(student.id(), student.school().code(),
                student.school().countyCode(), student.stage().name(), student.grade(), student.boarding(),
                enrolledOn.toString(), now);
        return records(enveloper.envelope(student.id(), 0, List.of(registered, enrolled), TraceContext.fresh()));
    }

    private static List<ProducerRecord<String, byte[]>> records(List<OutboundEvent> events) {
        return events.stream().map(CloudEventRecords::toRecord).toList();
    }

    @Override
    public void close() {
        producer.close();
    }
}
