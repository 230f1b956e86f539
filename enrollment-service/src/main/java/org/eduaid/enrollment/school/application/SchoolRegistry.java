package org.eduaid.enrollment.school.application;

import java.time.Clock;

import org.eduaid.enrollment.school.domain.School;
import org.eduaid.enrollment.school.domain.SchoolCode;
import org.eduaid.kit.events.TraceContexts;
import org.eduaid.kit.regions.RegionDirectory;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.kit.web.ResourceNotFoundException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/** Registers schools and looks them up. */
@Service
public class SchoolRegistry {

    private final SchoolRepository schools;
    private final RegionDirectory regions;
    private final TraceContexts traces;
    private final Clock clock;

    public SchoolRegistry(SchoolRepository schools, RegionDirectory regions, TraceContexts traces, Clock clock) {
        this.schools = schools;
        this.regions = regions;
        this.traces = traces;
        this.clock = clock;
    }

    public Mono<School> register(RegisterSchool command) {
        if (!regions.isCounty(command.countyCode())) {
            return Mono.error(InvalidRequestException.of("countyCode", "is not a county in the national division list"));
        }
        var registered = School.register(command.code(), command.name(), command.countyCode(), command.kind(),
                command.locality(), command.boarding(), clock.instant());
        return traces.current()
                .flatMap(trace -> schools.add(registered, trace))
                .thenReturn(registered.aggregate());
    }

    public Mono<School> find(SchoolCode code) {
        return schools.find(code).switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("school " + code)));
    }
}
