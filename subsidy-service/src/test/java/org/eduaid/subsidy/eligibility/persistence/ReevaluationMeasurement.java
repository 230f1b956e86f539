package org.eduaid.subsidy.eligibility.persistence;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.bson.Document;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.kit.outbox.AggregateStore;
import org.eduaid.subsidy.catalogue.domain.HouseholdFlag;
import org.eduaid.subsidy.catalogue.domain.Stage;
import org.eduaid.subsidy.eligibility.application.EligibilityReevaluations;
import org.eduaid.subsidy.eligibility.application.ReevaluationRun;
import org.eduaid.subsidy.eligibility.domain.StudentEligibility;
import org.eduaid.testkit.EduAidServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;

import com.mongodb.client.model.InsertManyOptions;

import reactor.core.publisher.Mono;

/**
 * Not a test: a measurement, run on demand with {@code -Deligibility.measure=true} (and
 * {@code -Deligibility.students=200833}). Seeds undecided students straight into the store, then
 * times two runs of {@code reevaluateAll}: the first decides and writes every student (each gets an
 * event), the second finds nothing changed. Prints students/s beside the raw insert rate.
 */
@EduAidServiceTest
@EnabledIfSystemProperty(named = "eligibility.measure", matches = "true")
class ReevaluationMeasurement {

    @Autowired
    @Qualifier("studentEligibilityStore")
    AggregateStore store;

    @Autowired
    EligibilityReevaluations reevaluations;

    @Autowired
    ReactiveMongoDatabaseFactory databases;

    @Test
    void reevaluateEveryStudent() {
        int students = Integer.getInteger("eligibility.students", 200_833);
        Random random = new Random(42);
        List<String> schools = new ArrayList<>();
        List<Document> schoolDocuments = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String code = String.format("8%09d", System.nanoTime() % 1_000_000_000L + i);
            schools.add(code);
            schoolDocuments.add(new Document("_id", code).append("name", "学校" + i).append("countyCode", "150424")
                    .append("kind", "PRIMARY").append("locality", i % 3 == 0 ? "URBAN" : "RURAL")
                    .append("boarding", true));
        }
        Mono.from(databases.getMongoDatabase().block().getCollection("aid_schools").insertMany(schoolDocuments,
                new InsertManyOptions().ordered(false))).block();

        long seedStarted = System.nanoTime();
        String run = Long.toString(System.nanoTime(), 36);
        for (int from = 0; from < students; from += 1000) {
            List<AggregateStore.NewAggregate> chunk = new ArrayList<>();
            for (int i = from; i < Math.min(students, from + 1000); i++) {
                Set<HouseholdFlag> flags = random.nextInt(100) < 30 ? Set.of(HouseholdFlag.REGISTERED_POOR) : Set.of();
                StudentEligibility student = StudentEligibility.unknown("m-" + run + "-" + i)
                        .registered(1, "王*", "150424********123X", "150424", flags, null)
                        .enrolled(2, schools.get(random.nextInt(schools.size())), "150424",
                                random.nextBoolean() ? Stage.PRIMARY : Stage.JUNIOR_SECONDARY, 3, random.nextBoolean());
                chunk.add(new AggregateStore.NewAggregate(student.studentId(),
                        StudentEligibilityDocuments.toDocument(student), List.of()));
            }
            store.insertAll(chunk, TraceContext.fresh()).block();
        }
        double seedSeconds = (System.nanoTime() - seedStarted) / 1e9;
        System.out.printf("MEASURE seeded %,d students in %.1f s: %,.0f inserts/s (raw store write rate)%n", students,
                seedSeconds, students / seedSeconds);

        for (String label : List.of("first run (every student decided and written)", "second run (nothing changed)")) {
            awaitOutboxDrained();
            long readStarted = System.nanoTime();
            long read = reactor.core.publisher.Flux.from(databases.getMongoDatabase().block()
                    .getCollection("student_eligibility").find().batchSize(2000)).count().block();
            System.out.printf("MEASURE raw read of %,d student documents: %.1f s%n", read,
                    (System.nanoTime() - readStarted) / 1e9);
            String id = reevaluations.reevaluateAll("measurement").block();
            ReevaluationRun done = await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> reevaluations.find(id).block(), r -> r != null && !"RUNNING".equals(r.state()));
            double seconds = Duration.between(done.startedAt(), done.finishedAt()).toMillis() / 1000.0;
            System.out.printf("MEASURE %s: %s, %,d students, %,d changed, %.1f s: %,.0f students/s%n", label,
                    done.state(), done.processed(), done.changed(), seconds, done.processed() / seconds);
        }
    }

    /** The first run's events published, so the second run does not share the store with the relay. */
    private void awaitOutboxDrained() {
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(2)).until(() -> Mono.from(databases
                .getMongoDatabase().block().getCollection("student_eligibility")
                .countDocuments(new Document("_outboxSince", new Document("$exists", true)))).block() == 0L);
    }
}
