package org.eduaid.subsidy.review.application;

import org.eduaid.subsidy.calendar.SchoolYear;

import reactor.core.publisher.Flux;

/** The approved list a disbursement batch pays from. */
public interface ApprovedAid {

    /** The approved applications of a county, programme and school year, in application id order. */
    Flux<ApprovedApplication> approved(String countyCode, String programmeCode, SchoolYear schoolYear);
}
