package org.eduaid.enrollment.school.web;

import java.net.URI;

import org.eduaid.enrollment.school.application.SchoolRegistry;
import org.eduaid.enrollment.school.domain.SchoolCode;
import org.eduaid.kit.web.InvalidRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

@RestController
@Validated
@RequestMapping("/api/enrollment/schools")
class SchoolController {

    private final SchoolRegistry registry;

    SchoolController(SchoolRegistry registry) {
        this.registry = registry;
    }

    @PostMapping
    Mono<ResponseEntity<SchoolResponse>> register(@Valid @RequestBody RegisterSchoolRequest request) {
        return registry.register(request.toCommand())
                .map(school -> ResponseEntity.created(URI.create("/api/enrollment/schools/" + school.code()))
                        .body(SchoolResponse.of(school)));
    }

    @GetMapping("/{schoolCode}")
    Mono<SchoolResponse> find(@PathVariable String schoolCode) {
        if (!schoolCode.matches("\\d{10}")) {
            return Mono.error(InvalidRequestException.of("schoolCode", "must be exactly 10 digits"));
        }
        return registry.find(new SchoolCode(schoolCode)).map(SchoolResponse::of);
    }
}
