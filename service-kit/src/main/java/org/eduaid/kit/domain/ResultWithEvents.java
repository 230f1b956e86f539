package org.eduaid.kit.domain;

import java.util.List;

/**
 * What a command on an aggregate returns: the aggregate as it is now and the events the change
 * raised. The application layer stores both in one write; the domain never publishes anything.
 */
public record ResultWithEvents<A>(A aggregate, List<Object> events) {

    public ResultWithEvents {
        events = List.copyOf(events);
    }

    public static <A> ResultWithEvents<A> of(A aggregate, Object... events) {
        return new ResultWithEvents<>(aggregate, List.of(events));
    }
}
