package org.eduaid.enrollment.student.application;

import java.util.ArrayList;
import java.util.List;

import org.eduaid.enrollment.student.domain.Student;
import org.eduaid.kit.domain.ResultWithEvents;

/** Chains commands on one student into one write: the last state with every event, in order. */
final class Results {

    private Results() {
    }

    static ResultWithEvents<Student> chain(ResultWithEvents<Student> first, ResultWithEvents<Student> then) {
        List<Object> events = new ArrayList<>(first.events());
        events.addAll(then.events());
        return new ResultWithEvents<>(then.aggregate(), events);
    }
}
