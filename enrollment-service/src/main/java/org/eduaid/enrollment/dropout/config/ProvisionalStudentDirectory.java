package org.eduaid.enrollment.dropout.config;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.eduaid.enrollment.person.PersonId;
import org.eduaid.enrollment.student.application.StudentDirectory;
import org.eduaid.enrollment.student.application.StudentStatus;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * PROVISIONAL, deleted at merge: stands in for the student feature's {@link StudentDirectory} until it
 * lands. Knows only the students a test put in; everybody else is "not a student" (no priority
 * groups, no active enrolment), which is what the real registry answers for an unknown id.
 */
@Component("casesProvisionalStudentDirectory")
public class ProvisionalStudentDirectory implements StudentDirectory {

    private final Map<PersonId, StudentStatus> known = new ConcurrentHashMap<>();

    public void put(StudentStatus status) {
        known.put(status.id(), status);
    }

    @Override
    public Mono<Map<PersonId, StudentStatus>> statusOf(Collection<PersonId> ids) {
        return Mono.fromSupplier(() -> ids.stream().distinct().filter(known::containsKey)
                .collect(Collectors.toUnmodifiableMap(id -> id, known::get)));
    }
}
