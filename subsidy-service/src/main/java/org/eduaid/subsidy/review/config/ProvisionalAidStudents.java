package org.eduaid.subsidy.review.config;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eduaid.subsidy.eligibility.application.AidStudent;
import org.eduaid.subsidy.eligibility.application.AidStudents;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * PROVISIONAL, deleted at merge: stands in for eligibility's {@link AidStudents} until that feature is
 * merged. Students are whatever {@link #put} was given (in memory, this replica only); tests use it.
 */
@Component("reviewProvisionalAidStudents")
public class ProvisionalAidStudents implements AidStudents {

    private final Map<String, AidStudent> students = new ConcurrentHashMap<>();

    public void put(AidStudent student) {
        students.put(student.facts().studentId(), student);
    }

    @Override
    public Mono<Map<String, AidStudent>> find(Collection<String> studentIds) {
        Map<String, AidStudent> found = new java.util.HashMap<>();
        for (String id : studentIds) {
            AidStudent student = students.get(id);
            if (student != null) {
                found.put(id, student);
            }
        }
        return Mono.just(found);
    }
}
