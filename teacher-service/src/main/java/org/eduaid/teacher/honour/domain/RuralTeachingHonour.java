package org.eduaid.teacher.honour.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eduaid.contracts.teacher.RuralTeachingHonourAwarded;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.teacher.teacher.domain.Posting;
import org.eduaid.teacher.teacher.domain.ServiceRecord;

/**
 * The certificate for 20 or 30 years of rural teaching (乡村学校从教20年、30年荣誉证书), id
 * {@code teacherId~years}: a teacher gets each milestone's certificate once, whenever it is found.
 */
public record RuralTeachingHonour(String id, String certificateNumber, String teacherId, int years,
        LocalDate reachedOn, String schoolCode, String countyCode, LocalDate awardedOn) {

    public static final List<Integer> MILESTONES = List.of(20, 30);

    public static String idOf(String teacherId, int years) {
        return teacherId + "~" + years;
    }

    /**
     * The certificates a teacher's career earns by the end of {@code year}: each milestone reached on
     * or before 31 December, credited to the school the teacher served at on the day they reached it.
     */
    public static List<ResultWithEvents<RuralTeachingHonour>> earnedBy(String teacherId, ServiceRecord service,
            int year, LocalDate awardedOn, Instant at) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        List<ResultWithEvents<RuralTeachingHonour>> earned = new ArrayList<>();
        for (int years : MILESTONES) {
            Optional<LocalDate> reached = service.dayRuralYearsReached(years, yearEnd);
            if (reached.isEmpty()) {
                continue;
            }
            Posting there = service.on(reached.get()).orElseThrow();
            String number = there.countyCode() + "-" + reached.get().getYear() + "-" + years + "-"
                    + teacherId.substring(Math.max(0, teacherId.length() - 8)).toUpperCase();
            RuralTeachingHonour honour = new RuralTeachingHonour(idOf(teacherId, years), number, teacherId, years,
                    reached.get(), there.schoolCode(), there.countyCode(), awardedOn);
            earned.add(ResultWithEvents.of(honour, new RuralTeachingHonourAwarded(honour.id, number, teacherId, years,
                    reached.get().toString(), there.schoolCode(), there.countyCode(), awardedOn.toString(), at)));
        }
        return earned;
    }
}
