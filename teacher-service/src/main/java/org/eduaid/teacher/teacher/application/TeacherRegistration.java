package org.eduaid.teacher.teacher.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eduaid.contracts.identity.Role;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContexts;
import org.eduaid.kit.privacy.InvalidResidentIdNumberException;
import org.eduaid.kit.privacy.ResidentIdNumber;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.security.Caller;
import org.eduaid.kit.web.ConflictException;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.teacher.school.application.PostingSchool;
import org.eduaid.teacher.school.application.PostingSchools;
import org.eduaid.teacher.teacher.domain.PostType;
import org.eduaid.teacher.teacher.domain.SchoolPlace;
import org.eduaid.teacher.teacher.domain.Teacher;
import org.eduaid.teacher.teacher.domain.TeacherRuleException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Registers teachers, one or a thousand at a time. County officers register the teachers of their
 * county's schools (the current posting decides); every ID number is checked, and a person already
 * registered is reported, never registered twice.
 */
@Service
public class TeacherRegistration {

    public static final int MAX_ROWS = 1_000;
    private static final Pattern SUBJECT = Pattern.compile("[A-Z_]{2,30}");

    private final TeacherRepository teachers;
    private final PostingSchools schools;
    private final TeacherIdentities identities;
    private final TraceContexts traces;
    private final Clock clock;

    public TeacherRegistration(TeacherRepository teachers, PostingSchools schools, TeacherIdentities identities,
            TraceContexts traces, Clock clock) {
        this.teachers = teachers;
        this.schools = schools;
        this.identities = identities;
        this.traces = traces;
        this.clock = clock;
    }

    /** One teacher: 400 with the field at fault, 409 if the person is registered already. */
    public Mono<VersionedTeacher> register(RegisterTeacher request) {
        return registerAll(List.of(request)).flatMap(outcomes -> {
            RegistrationOutcome outcome = outcomes.get(0);
            if (RegistrationOutcome.REFUSED.equals(outcome.status())) {
                return Mono.error(InvalidRequestException.of(outcome.field(), outcome.message()));
            }
            if (RegistrationOutcome.ALREADY_REGISTERED.equals(outcome.status())) {
                return Mono.error(new ConflictException("This person is registered already as teacher " + outcome.teacherId()));
            }
            return teachers.find(outcome.teacherId());
        });
    }

    /** Up to {@value #MAX_ROWS} teachers in one write; each row gets its outcome, good rows are stored. */
    public Mono<List<RegistrationOutcome>> registerAll(List<RegisterTeacher> rows) {
        if (rows.isEmpty() || rows.size() > MAX_ROWS) {
            return Mono.error(InvalidRequestException.of("teachers", "must hold 1 to " + MAX_ROWS + " teachers"));
        }
        return Access.permit("register teachers", Role.COUNTY_OFFICER, Role.PROVINCE_OFFICER, Role.PLATFORM_ADMIN)
                .flatMap(caller -> knownSchools(rows).flatMap(known -> {
                    Instant now = clock.instant();
                    LocalDate today = LocalDate.now(clock);
                    List<RegistrationOutcome> outcomes = new ArrayList<>();
                    List<NewTeacher> accepted = new ArrayList<>();
                    Map<String, Integer> rowOfId = new HashMap<>();
                    for (int row = 0; row < rows.size(); row++) {
                        RegistrationOutcome refused = prepare(row, rows.get(row), known, caller, today, now, accepted, rowOfId);
                        outcomes.add(refused);
                    }
                    if (accepted.isEmpty()) {
                        return Mono.just(outcomes);
                    }
                    return Audit.action("teacher.register")
                            .then(Audit.touched(accepted.stream().map(t -> "teacher:" + t.registered().aggregate().id())
                                    .toArray(String[]::new)))
                            .then(traces.current())
                            .flatMap(trace -> teachers.addAll(accepted, trace))
                            .map(existing -> {
                                Set<String> already = new HashSet<>(existing);
                                for (NewTeacher teacher : accepted) {
                                    String id = teacher.registered().aggregate().id();
                                    outcomes.set(rowOfId.get(id), new RegistrationOutcome(rowOfId.get(id), id,
                                            already.contains(id) ? RegistrationOutcome.ALREADY_REGISTERED
                                                    : RegistrationOutcome.REGISTERED, null, null));
                                }
                                return outcomes;
                            });
                }));
    }

    private RegistrationOutcome prepare(int row, RegisterTeacher request, Map<String, PostingSchool> known, Caller caller,
            LocalDate today, Instant now, List<NewTeacher> accepted, Map<String, Integer> rowOfId) {
        if (request == null) {
            return RegistrationOutcome.refused(row, "teachers[" + row + "]", "is empty");
        }
        try {
            ResidentIdNumber number = parseIdNumber(request.idNumber());
            String name = required(request.name(), "name");
            if (name.length() > 60) {
                throw new TeacherRuleException("name", "must be at most 60 characters");
            }
            List<String> subjects = request.subjects() == null ? List.of() : request.subjects();
            for (String subject : subjects) {
                if (subject == null || !SUBJECT.matcher(subject).matches()) {
                    throw new TeacherRuleException("subjects", "are codes such as CHINESE or MATHEMATICS");
                }
            }
            PostType postType = postType(request.postType());
            if (request.postStartsOn() == null) {
                throw new TeacherRuleException("postStartsOn", "is required");
            }
            List<Teacher.PastPosting> career = career(request, known);
            String countyCode = career.get(career.size() - 1).school().countyCode();
            if (!caller.canSeeRegion(countyCode)) {
                throw new TeacherRuleException("history", "the current school lies outside your region");
            }
            String id = identities.idOf(number);
            if (rowOfId.containsKey(id)) {
                throw new TeacherRuleException("idNumber", "repeats row " + rowOfId.get(id));
            }
            Teacher.Registration registration = new Teacher.Registration(id, identities.maskedName(name), number.masked(),
                    subjects, request.title(), postType, request.postStartsOn(), request.postEndsOn(),
                    Boolean.TRUE.equals(request.backbone()), Boolean.TRUE.equals(request.principal()));
            ResultWithEvents<Teacher> registered = Teacher.register(registration, career, today, now);
            accepted.add(new NewTeacher(registered, identities.encryptedName(name), identities.encryptedIdNumber(number)));
            rowOfId.put(id, row);
            return new RegistrationOutcome(row, id, RegistrationOutcome.REGISTERED, null, null);
        } catch (TeacherRuleException e) {
            return RegistrationOutcome.refused(row, e.field(), e.getMessage());
        }
    }

    private static ResidentIdNumber parseIdNumber(String text) {
        if (text == null) {
            throw new TeacherRuleException("idNumber", "is required");
        }
        try {
            return ResidentIdNumber.parse(text);
        } catch (InvalidResidentIdNumberException e) {
            // the exception's message never quotes the number
            throw new TeacherRuleException("idNumber", e.getMessage());
        }
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new TeacherRuleException(field, "is required");
        }
        return value.strip();
    }

    private static PostType postType(String text) {
        try {
            return PostType.valueOf(required(text, "postType"));
        } catch (IllegalArgumentException e) {
            throw new TeacherRuleException("postType", "must be REGULAR, SPECIAL_POST, DIRECTED_GRADUATE or VOLUNTEER");
        }
    }

    private static List<Teacher.PastPosting> career(RegisterTeacher request, Map<String, PostingSchool> known) {
        if (request.history() == null || request.history().isEmpty()) {
            throw new TeacherRuleException("history", "must hold at least the current posting");
        }
        List<Teacher.PastPosting> career = new ArrayList<>();
        for (int i = 0; i < request.history().size(); i++) {
            RegisterTeacher.PastPostingRequest past = request.history().get(i);
            if (past == null || past.from() == null) {
                throw new TeacherRuleException("history[" + i + "].from", "is required");
            }
            PostingSchool school = past.schoolCode() == null ? null : known.get(past.schoolCode());
            if (school == null) {
                throw new TeacherRuleException("history[" + i + "].schoolCode", "is not a school this service knows");
            }
            career.add(new Teacher.PastPosting(place(school), past.from(), past.to()));
        }
        return career;
    }

    static SchoolPlace place(PostingSchool school) {
        return new SchoolPlace(school.schoolCode(), school.countyCode(), school.rural());
    }

    private Mono<Map<String, PostingSchool>> knownSchools(List<RegisterTeacher> rows) {
        Set<String> codes = new HashSet<>();
        rows.stream().filter(row -> row != null && row.history() != null).flatMap(row -> row.history().stream())
                .filter(past -> past != null && past.schoolCode() != null).forEach(past -> codes.add(past.schoolCode()));
        return Flux.fromIterable(codes).flatMap(schools::find, 8)
                .collectMap(PostingSchool::schoolCode);
    }
}
