package org.eduaid.enrollment.roster.config;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eduaid.enrollment.dropout.application.SuspectedChild;
import org.eduaid.enrollment.dropout.application.SuspectedChildren;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.kit.events.TraceContext;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * PROVISIONAL, delete at merge: stands in for the case feature until it lands. Remembers the
 * children it was given in memory and "opens" one case per child it has not seen, like the port says.
 */
@Component
class ProvisionalSuspectedChildren implements SuspectedChildren {

    private final Map<PersonId, SuspectedChild> open = new ConcurrentHashMap<>();

    @Override
    public Mono<Integer> report(List<SuspectedChild> children, TraceContext trace) {
        return Mono.fromSupplier(() -> (int) children.stream()
                .filter(child -> open.putIfAbsent(child.child(), child) == null)
                .count());
    }
}
