package org.eduaid.enrollment.school.application;

import java.time.Clock;

import org.eduaid.enrollment.school.domain.School;
import org.eduaid.enrollment.school.domain.SchoolCode;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.events.TraceContexts;
import org.eduaid.kit.regions.RegionDirectory;
import org.eduaid.kit.security.Access;
import org.eduaid.contracts.identity.Role;
import org.eduaid.kit.web.InvalidRequestException;
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

    /** Officers register the schools of the counties in their scope; a county outside it is not found. */
    public Mono<School> register(RegisterSchool command) {
        return Access.permit("register schools", Role.COUNTY_OFFICER, Role.CITY_OFFICER, Role.PROVINCE_OFFICER,
                        Role.PLATFORM_ADMIN)
                .flatMap(caller -> {
                    if (!regions.isCounty(command.countyCode())) {
                        return Mono.error(InvalidRequestException.of("countyCode",
                                "is not a county in the national division list"));
                    }
                    return Access.withinScope(caller.canSeeRegion(command.countyCode()), command,
                            "county " + command.countyCode());
                })
                .flatMap(allowed -> Audit.action("school.register").then(Audit.touched("school:" + command.code())))
                .then(Mono.defer(() -> {
                    var registered = School.register(command.code(), command.name(), command.countyCode(),
                            command.kind(), command.locality(), command.boarding(), clock.instant());
                    return traces.current()
                            .flatMap(trace -> schools.add(registered, trace))
                            .thenReturn(registered.aggregate());
                }));
    }

    /** Any role may look schools up, within its scope: a clerk only their own school. */
    public Mono<School> find(SchoolCode code) {
        return Access.ifVisible(schools.find(code),
                (caller, school) -> caller.canSeeSchool(school.code().value(), school.countyCode()), "school " + code);
    }
}
