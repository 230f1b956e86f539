package org.eduaid.subsidy.disbursement.config;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eduaid.subsidy.eligibility.application.AidStudent;
import org.eduaid.subsidy.eligibility.application.AidStudents;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/** PROVISIONAL, deleted at merge: ELIG implements {@link AidStudents}. Students as tests put them. */
@Component
public class ProvisionalAidStudents implements AidStudents {

    private final Map<String, AidStudent> students = new ConcurrentHashMap<>();

    public void put(AidStudent student) {
        students.put(student.facts().studentId(), student);
    }

    @Override
    public Mono<Map<String, AidStudent>> find(Collection<String> studentIds) {
        return Mono.fromSupplier(() -> {
            Map<String, AidStudent> found = new HashMap<>();
            for (String id : studentIds) {
                AidStudent student = students.get(id);
                if (student != null) {
                    found.put(id, student);
                }
            }
            return found;
        });
    }
}
