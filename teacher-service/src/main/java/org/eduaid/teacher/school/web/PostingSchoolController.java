package org.eduaid.teacher.school.web;

import org.eduaid.kit.security.Access;
import org.eduaid.teacher.school.application.PostingSchool;
import org.eduaid.teacher.school.application.PostingSchools;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/** The schools teachers can be posted to, as this service knows them. */
@RestController
@RequestMapping("/api/teachers/schools")
class PostingSchoolController {

    private final PostingSchools schools;

    PostingSchoolController(PostingSchools schools) {
        this.schools = schools;
    }

    @GetMapping("/{schoolCode}")
    Mono<PostingSchool> find(@PathVariable String schoolCode) {
        return Access.ifVisible(schools.find(schoolCode),
                (caller, school) -> caller.canSeeSchool(school.schoolCode(), school.countyCode()), "school " + schoolCode);
    }
}
