package org.eduaid.subsidy.testsupport;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eduaid.subsidy.eligibility.application.AidStudent;
import org.eduaid.subsidy.eligibility.application.AidStudents;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * The real {@link AidStudents}, with students a test staged under fresh ids on top. Review, notice and
 * gap tests need students eligible for a programme only that test knows; making them so through
 * enrollment's events would mean defining catalogue programmes, and every definition re-evaluates
 * every other test's students. Ids nobody staged read through to the real store, so the rest of the
 * shared context sees the service as it is.
 */
@Primary
@Component
public class StagedAidStudents implements AidStudents {

    private final AidStudents stored;
    private final Map<String, AidStudent> staged = new ConcurrentHashMap<>();

    StagedAidStudents(@Qualifier("eligibleStudents") AidStudents stored) {
        this.stored = stored;
    }

    public void put(AidStudent student) {
        staged.put(student.facts().studentId(), student);
    }

    @Override
    public Mono<Map<String, AidStudent>> find(Collection<String> studentIds) {
        return stored.find(studentIds).map(found -> {
            Map<String, AidStudent> merged = new HashMap<>(found);
            for (String id : studentIds) {
                AidStudent student = staged.get(id);
                if (student != null) {
                    merged.put(id, student);
                }
            }
            return merged;
        });
    }
}
