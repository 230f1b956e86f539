package org.eduaid.enrollment.household;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.eduaid.enrollment.household.application.ExternalFlags;
import org.eduaid.enrollment.household.application.StudentFlagSync;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.kit.events.TraceContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Wraps whichever {@link StudentFlagSync} the service has (the provisional one now, the student
 * feature's later) and remembers every call, so tests can see what the household consumers asked of
 * the students. Test scope, in every test's context alike: the Spring context is not forked.
 */
@Primary
@Component
public class RecordingStudentFlagSync implements StudentFlagSync {

    private final ObjectProvider<StudentFlagSync> all;
    private final List<ExternalFlags> calls = new CopyOnWriteArrayList<>();
    private final Map<PersonId, AtomicInteger> failures = new ConcurrentHashMap<>();

    RecordingStudentFlagSync(ObjectProvider<StudentFlagSync> all) {
        this.all = all;
    }

    @Override
    public Mono<Boolean> apply(ExternalFlags record, TraceContext trace) {
        calls.add(record);
        AtomicInteger failing = failures.get(record.person());
        if (failing != null && failing.getAndDecrement() > 0) {
            return Mono.error(new IllegalStateException("the students' store is unavailable (test)"));
        }
        return delegate().apply(record, trace);
    }

    /** The calls about one person, in order. */
    public List<ExternalFlags> callsFor(PersonId person) {
        return calls.stream().filter(call -> call.person().equals(person)).toList();
    }

    /** The next {@code times} calls about this person fail, as if the students' store were down. */
    public void failNext(PersonId person, int times) {
        failures.put(person, new AtomicInteger(times));
    }

    private StudentFlagSync delegate() {
        return all.orderedStream().filter(sync -> sync != this).findFirst()
                .orElseThrow(() -> new IllegalStateException("no StudentFlagSync to wrap"));
    }
}
