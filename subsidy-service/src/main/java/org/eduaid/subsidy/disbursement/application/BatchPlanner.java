package org.eduaid.subsidy.disbursement.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eduaid.kit.web.ConflictException;
import org.eduaid.subsidy.calendar.Term;
import org.eduaid.subsidy.catalogue.application.Catalogue;
import org.eduaid.subsidy.catalogue.domain.Programme;
import org.eduaid.subsidy.disbursement.config.DisbursementProperties;
import org.eduaid.subsidy.disbursement.domain.DisbursementBatch;
import org.eduaid.subsidy.disbursement.domain.SealPlan;
import org.eduaid.subsidy.eligibility.application.AidStudent;
import org.eduaid.subsidy.eligibility.application.AidStudents;
import org.eduaid.subsidy.review.application.ApprovedAid;
import org.eduaid.subsidy.review.application.ApprovedApplication;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Computes a batch's {@link SealPlan} from the approved list, the students as they stand now and
 * the payments that exist, reading each in bulk: students a thousand at a time, payments by id.
 */
@Component
public class BatchPlanner {

    static final int STUDENT_CHUNK = 1000;

    private final ApprovedAid approvedAid;
    private final AidStudents students;
    private final Catalogue catalogue;
    private final PaymentRepository payments;
    private final DisbursementProperties properties;

    public BatchPlanner(ApprovedAid approvedAid, AidStudents students, Catalogue catalogue, PaymentRepository payments,
            DisbursementProperties properties) {
        this.approvedAid = approvedAid;
        this.students = students;
        this.catalogue = catalogue;
        this.payments = payments;
        this.properties = properties;
    }

    /** The plan, with the programme it was computed for. */
    public Mono<Planned> plan(DisbursementBatch batch) {
        Term term = Term.parse(batch.term());
        return catalogue.find(batch.programmeCode())
                .switchIfEmpty(Mono.error(() -> new ConflictException("Programme " + batch.programmeCode()
                        + " is not in the catalogue, so its batch cannot be computed.")))
                .flatMap(programme -> approvedAid.approved(batch.countyCode(), batch.programmeCode(), term.schoolYear())
                        .collectList()
                        .flatMap(approved -> {
                            List<String> studentIds = approved.stream().map(ApprovedApplication::studentId).distinct().toList();
                            List<String> paymentIds = studentIds.stream()
                                    .map(id -> PaymentId.of(id, programme.code(), term)).toList();
                            return Mono.zip(studentsOf(studentIds), payments.existing(paymentIds))
                                    .map(found -> new Planned(programme, term, SealPlan.compute(batch.id(),
                                            batch.countyCode(), programme, term, properties.schoolDaysPerTerm(),
                                            candidates(approved, found.getT1()), found.getT2()),
                                            found.getT1()));
                        }));
    }

    private Mono<Map<String, AidStudent>> studentsOf(List<String> studentIds) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < studentIds.size(); from += STUDENT_CHUNK) {
            chunks.add(studentIds.subList(from, Math.min(studentIds.size(), from + STUDENT_CHUNK)));
        }
        return Flux.fromIterable(chunks).concatMap(students::find)
                .reduce(new HashMap<String, AidStudent>(), (all, some) -> {
                    all.putAll(some);
                    return all;
                })
                .map(Map::copyOf);
    }

    private static List<SealPlan.Candidate> candidates(List<ApprovedApplication> approved, Map<String, AidStudent> found) {
        List<SealPlan.Candidate> candidates = new ArrayList<>(approved.size());
        for (ApprovedApplication application : approved) {
            AidStudent student = found.get(application.studentId());
            candidates.add(new SealPlan.Candidate(application.studentId(), "AUTOMATIC".equals(application.origin()),
                    student == null ? null : student.facts(), student == null ? null : student.maskedName(),
                    student == null ? null : student.eligibleProgrammes()));
        }
        return candidates;
    }

    /** A plan and what it was computed from. */
    public record Planned(Programme programme, Term term, SealPlan plan, Map<String, AidStudent> students) {
    }
}
