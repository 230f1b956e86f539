package org.eduaid.teacher.teacher.config;

import java.time.LocalDate;

import org.eduaid.teacher.teacher.application.SchoolTeachers;
import org.eduaid.teacher.teacher.application.TeacherPostings;
import org.eduaid.teacher.teacher.application.TeacherRegistry;
import org.eduaid.teacher.teacher.application.TeacherView;
import org.eduaid.teacher.teacher.domain.PostingReason;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** PROVISIONAL: an empty registry until REG's lands; REG deletes this class. */
@Configuration(proxyBeanMethods = false)
class ProvisionalTeacherRegistry {

    @Bean
    TeacherRegistry registeredTeachers() {
        return new TeacherRegistry() {
            @Override
            public Mono<TeacherView> find(String teacherId) {
                return Mono.empty();
            }

            @Override
            public Flux<TeacherView> servedIn(String regionPrefix, LocalDate from, LocalDate to) {
                return Flux.empty();
            }

            @Override
            public Flux<SchoolTeachers> countsBySchool(String regionPrefix, LocalDate on) {
                return Flux.empty();
            }
        };
    }

    @Bean
    TeacherPostings teacherPostings() {
        return (String teacherId, String schoolCode, LocalDate from, PostingReason reason, String exchangeId) ->
                Mono.error(new IllegalStateException("no registry yet"));
    }
}
