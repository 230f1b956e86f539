package org.eduaid.subsidy.eligibility.application;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eduaid.subsidy.eligibility.domain.StudentEligibility;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/** {@link AidStudents} for batches, notices and the gap list: facts, masked forms and eligibility as stored. */
@Service
class EligibleStudents implements AidStudents {

    private final StudentEligibilityRepository students;

    EligibleStudents(StudentEligibilityRepository students) {
        this.students = students;
    }

    @Override
    public Mono<Map<String, AidStudent>> find(Collection<String> studentIds) {
        return students.findAll(studentIds).map(found -> {
            Map<String, AidStudent> byId = new LinkedHashMap<>();
            found.forEach((id, stored) -> byId.put(id, of(stored.student())));
            return byId;
        });
    }

    static AidStudent of(StudentEligibility student) {
        return new AidStudent(student.facts(), student.maskedName(), student.maskedIdNumber(),
                student.eligibleProgrammes());
    }
}
