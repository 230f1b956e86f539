package org.eduaid.teacher.school.web;

import org.eduaid.kit.web.ResourceNotFoundException;
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
        return schools.find(schoolCode).switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("school " + schoolCode)));
    }
}
