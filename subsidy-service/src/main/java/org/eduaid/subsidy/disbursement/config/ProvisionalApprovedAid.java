package org.eduaid.subsidy.disbursement.config;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import org.eduaid.subsidy.calendar.SchoolYear;
import org.eduaid.subsidy.review.application.ApprovedAid;
import org.eduaid.subsidy.review.application.ApprovedApplication;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;

/**
 * PROVISIONAL, deleted at merge: REVIEW implements {@link ApprovedAid}. An in-memory approved list,
 * filled by tests, keyed like the real one (county, programme, school year) and in application id order.
 */
@Component
public class ProvisionalApprovedAid implements ApprovedAid {

    private final Map<String, Map<String, ApprovedApplication>> lists = new ConcurrentHashMap<>();

    public void approve(ApprovedApplication application, SchoolYear schoolYear) {
        lists.computeIfAbsent(key(application.countyCode(), application.programmeCode(), schoolYear),
                k -> new ConcurrentSkipListMap<>()).put(application.applicationId(), application);
    }

    @Override
    public Flux<ApprovedApplication> approved(String countyCode, String programmeCode, SchoolYear schoolYear) {
        List<ApprovedApplication> list = List.copyOf(lists.getOrDefault(key(countyCode, programmeCode, schoolYear),
                Map.of()).values());
        return Flux.fromIterable(list).sort(Comparator.comparing(ApprovedApplication::applicationId));
    }

    private static String key(String countyCode, String programmeCode, SchoolYear schoolYear) {
        return countyCode + "~" + programmeCode + "~" + schoolYear.id();
    }
}
