package org.eduaid.subsidy.school.web;

import org.eduaid.kit.security.Access;
import org.eduaid.subsidy.school.application.AidSchool;
import org.eduaid.subsidy.school.application.AidSchools;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/** Read access to the schools this service knows, so an officer can check what aid rules will see. */
@RestController
@RequestMapping("/api/subsidies/schools")
class AidSchoolController {

    private final AidSchools schools;

    AidSchoolController(AidSchools schools) {
        this.schools = schools;
    }

    @GetMapping("/{schoolCode}")
    Mono<AidSchool> find(@PathVariable String schoolCode) {
        return Access.ifVisible(schools.find(schoolCode),
                (caller, school) -> caller.canSeeSchool(school.schoolCode(), school.countyCode()), "school " + schoolCode);
    }
}
