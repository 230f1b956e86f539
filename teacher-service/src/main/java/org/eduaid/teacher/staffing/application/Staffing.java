package org.eduaid.teacher.staffing.application;

import reactor.core.publisher.Flux;

/** Each school's staffing against the standard, as last computed. */
public interface Staffing {

    /** The schools of a region (any prefix of a county code), those furthest short first. */
    Flux<SchoolStaffing> inRegion(String regionPrefix);
}
