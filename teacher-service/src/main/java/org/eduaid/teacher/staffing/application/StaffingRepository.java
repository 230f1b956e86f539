package org.eduaid.teacher.staffing.application;

import java.util.List;

import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.teacher.staffing.domain.CountyStaffingPlan;
import org.eduaid.teacher.staffing.domain.SchoolStaffingRecord;
import org.eduaid.teacher.staffing.domain.StaffingStandard;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code school_staffing} (with its outbox), {@code staffing_standards} and {@code county_staffing_plans}. */
public interface StaffingRepository {

    record Stored(SchoolStaffingRecord record, long version) {
    }

    Flux<Stored> inRegion(String regionPrefix);

    Mono<Stored> find(String schoolCode);

    /** Stores new and changed records with their events in bulk. */
    Mono<Void> saveAll(List<ResultWithEvents<SchoolStaffingRecord>> created,
            List<ResultWithEvents<SchoolStaffingRecord>> changed, java.util.Map<String, Long> versions, TraceContext trace);

    Mono<StaffingStandard> standard(String provinceCode);

    Mono<Void> saveStandard(StaffingStandard standard);

    Mono<CountyStaffingPlan> plan(String countyCode, int year);

    Mono<Void> savePlan(CountyStaffingPlan plan);
}
