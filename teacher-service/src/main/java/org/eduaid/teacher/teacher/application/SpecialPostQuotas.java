package org.eduaid.teacher.teacher.application;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eduaid.contracts.identity.Role;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.regions.RegionDirectory;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.teacher.teacher.domain.Posting;
import org.eduaid.teacher.teacher.domain.PostType;
import org.eduaid.teacher.teacher.domain.Teacher;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * Special-post (特岗计划) quotas per county and year, and what became of them, counted from the
 * registry: posts filled that year, teachers still serving on a special post, converted to regular
 * posts, and those who left before converting.
 */
@Service
public class SpecialPostQuotas {

    private final QuotaRepository quotas;
    private final TeacherRepository teachers;
    private final RegionDirectory regions;

    public SpecialPostQuotas(QuotaRepository quotas, TeacherRepository teachers, RegionDirectory regions) {
        this.quotas = quotas;
        this.teachers = teachers;
        this.regions = regions;
    }

    public record QuotaFigures(String countyCode, int year, int posted, int filled, int serving, int converted, int left) {
    }

    public Mono<Integer> setQuota(String countyCode, int year, int posted) {
        if (!regions.isCounty(countyCode)) {
            return Mono.error(InvalidRequestException.of("countyCode", "is not a county in the national division list"));
        }
        if (year < 2006 || year > 2200 || posted < 0 || posted > 100_000) {
            return Mono.error(InvalidRequestException.of("posted", "a quota is 0 to 100,000 posts of a year from 2006"));
        }
        return Access.permit("set special-post quotas", Role.CITY_OFFICER, Role.PROVINCE_OFFICER, Role.PLATFORM_ADMIN)
                .flatMap(caller -> Access.withinScope(caller.canSeeRegion(countyCode), caller, "county " + countyCode))
                .then(Audit.action("special-post.quota")).then(Audit.touched("county:" + countyCode))
                .then(quotas.save(countyCode, year, posted)).thenReturn(posted);
    }

    /** Every county of the region with a quota or a special-post teacher that year. */
    public Mono<List<QuotaFigures>> figures(String regionCode, int year) {
        return Access.permit("read special-post quotas", Role.COUNTY_OFFICER, Role.CITY_OFFICER, Role.PROVINCE_OFFICER,
                        Role.AUDITOR, Role.PLATFORM_ADMIN)
                .flatMap(caller -> Access.withinScope(caller.canSeeRegion(regionCode), caller, "region " + regionCode))
                .then(Mono.zip(quotas.ofYear(regionCode, year), teachers.all().map(VersionedTeacher::teacher)
                        .filter(teacher -> teacher.heldPost(PostType.SPECIAL_POST) && teacher.postStartsOn().getYear() == year)
                        .collectList()))
                .map(found -> {
                    Map<String, int[]> byCounty = new TreeMap<>();
                    found.getT1().forEach((county, posted) -> byCounty.computeIfAbsent(county, c -> new int[5])[0] = posted);
                    for (Teacher teacher : found.getT2()) {
                        String county = countyOfPost(teacher);
                        if (county == null || !county.startsWith(regionCode)) {
                            continue;
                        }
                        int[] figures = byCounty.computeIfAbsent(county, c -> new int[5]);
                        figures[1]++;
                        if (teacher.convertedFrom() == PostType.SPECIAL_POST) {
                            figures[3]++;
                        } else if (teacher.departedOn() != null) {
                            figures[4]++;
                        } else {
                            figures[2]++;
                        }
                    }
                    return byCounty.entrySet().stream().map(county -> new QuotaFigures(county.getKey(), year,
                            county.getValue()[0], county.getValue()[1], county.getValue()[2], county.getValue()[3],
                            county.getValue()[4])).toList();
                });
    }

    /** The county the special post was filled in: where the teacher served when the post began. */
    private static String countyOfPost(Teacher teacher) {
        return teacher.service().on(teacher.postStartsOn()).map(Posting::countyCode)
                .orElse(teacher.service().postings().get(0).countyCode());
    }
}
