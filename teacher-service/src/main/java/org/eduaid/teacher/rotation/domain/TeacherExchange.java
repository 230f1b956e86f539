package org.eduaid.teacher.rotation.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.eduaid.contracts.teacher.TeacherExchangeApproved;
import org.eduaid.contracts.teacher.TeacherExchangeCancelled;
import org.eduaid.contracts.teacher.TeacherExchangeEnded;
import org.eduaid.contracts.teacher.TeacherExchangeStarted;
import org.eduaid.kit.domain.ResultWithEvents;

/**
 * One teacher's exchange, id {@code planId~teacherId}: approved with its plan, started on its first
 * day (the teacher's posting moves), ended after its last (the teacher goes home).
 */
public record TeacherExchange(String id, String planId, String teacherId, boolean principal, boolean backbone,
        String fromSchoolCode, boolean fromRural, String toSchoolCode, boolean toRural, String countyCode,
        LocalDate startsOn, LocalDate endsOn, State state) {

    public enum State { APPROVED, STARTED, ENDED, CANCELLED }

    public static ResultWithEvents<TeacherExchange> approve(String planId, String countyCode, PlannedExchange planned,
            LocalDate startsOn, LocalDate endsOn, Instant at) {
        TeacherExchange exchange = new TeacherExchange(planId + "~" + planned.teacherId(), planId, planned.teacherId(),
                planned.principal(), planned.backbone(), planned.fromSchoolCode(), planned.fromRural(),
                planned.toSchoolCode(), planned.toRural(), countyCode, startsOn, endsOn, State.APPROVED);
        return ResultWithEvents.of(exchange, new TeacherExchangeApproved(exchange.id, planId, exchange.teacherId,
                exchange.principal, exchange.backbone, exchange.fromSchoolCode, countyCode, exchange.fromRural,
                exchange.toSchoolCode, countyCode, exchange.toRural, exchange.direction().name(), startsOn.toString(),
                endsOn.toString(), at));
    }

    public Direction direction() {
        return Direction.of(fromRural, toRural);
    }

    public boolean dueToStart(LocalDate today) {
        return state == State.APPROVED && !startsOn.isAfter(today);
    }

    public boolean dueToEnd(LocalDate today) {
        return state == State.STARTED && endsOn.isBefore(today);
    }

    public ResultWithEvents<TeacherExchange> started(Instant at) {
        if (state != State.APPROVED) {
            throw new IllegalStateException("exchange " + id + " is " + state);
        }
        return ResultWithEvents.of(with(State.STARTED), new TeacherExchangeStarted(id, teacherId, principal,
                direction().name(), toSchoolCode, countyCode, startsOn.toString(), at));
    }

    public ResultWithEvents<TeacherExchange> ended(Instant at) {
        if (state != State.STARTED) {
            throw new IllegalStateException("exchange " + id + " is " + state);
        }
        return ResultWithEvents.of(with(State.ENDED), new TeacherExchangeEnded(id, teacherId, principal,
                direction().name(), fromSchoolCode, countyCode, endsOn.toString(), false, at));
    }

    /** Called off before its first day: nothing moves. */
    public ResultWithEvents<TeacherExchange> cancelled(String reason, Instant at) {
        if (state != State.APPROVED) {
            throw new IllegalStateException("exchange " + id + " is " + state + "; only one not yet started is cancelled");
        }
        return ResultWithEvents.of(with(State.CANCELLED), new TeacherExchangeCancelled(id, teacherId, countyCode, reason, at));
    }

    /** Cut short: the teacher goes home on {@code homeFrom}, so the exchange's last day is the day before. */
    public ResultWithEvents<TeacherExchange> endedEarly(LocalDate homeFrom, Instant at) {
        if (state != State.STARTED) {
            throw new IllegalStateException("exchange " + id + " is " + state + "; only a started one is cut short");
        }
        if (!homeFrom.isAfter(startsOn) || homeFrom.isAfter(endsOn)) {
            throw new IllegalArgumentException("the teacher goes home after the exchange's first day and before its end");
        }
        TeacherExchange ended = new TeacherExchange(id, planId, teacherId, principal, backbone, fromSchoolCode, fromRural,
                toSchoolCode, toRural, countyCode, startsOn, homeFrom.minusDays(1), State.ENDED);
        return ResultWithEvents.of(ended, new TeacherExchangeEnded(id, teacherId, principal, direction().name(),
                fromSchoolCode, countyCode, homeFrom.minusDays(1).toString(), true, at));
    }

    private TeacherExchange with(State changed) {
        return new TeacherExchange(id, planId, teacherId, principal, backbone, fromSchoolCode, fromRural, toSchoolCode,
                toRural, countyCode, startsOn, endsOn, changed);
    }
}
