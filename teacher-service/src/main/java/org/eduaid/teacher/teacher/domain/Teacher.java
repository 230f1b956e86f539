package org.eduaid.teacher.teacher.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eduaid.contracts.teacher.TeacherAssigned;
import org.eduaid.contracts.teacher.TeacherDeparted;
import org.eduaid.contracts.teacher.TeacherPostConverted;
import org.eduaid.contracts.teacher.TeacherPosting;
import org.eduaid.contracts.teacher.TeacherRegistered;
import org.eduaid.kit.domain.ResultWithEvents;

/**
 * A teacher in the registry: their post and their whole career as postings. Personal data here is
 * masked; the ID number and name themselves are kept encrypted by the persistence adapter.
 *
 * @param postEndsOn the day a fixed-term post ends, null for a post without end
 * @param departedOn the last day the teacher taught here, null while they teach
 * @param convertedFrom the fixed-term post a regular post was converted from, null if it was not
 */
public record Teacher(String id, String maskedName, String maskedIdNumber, List<String> subjects, String title,
        PostType postType, LocalDate postStartsOn, LocalDate postEndsOn, boolean backbone, boolean principal,
        ServiceRecord service, LocalDate departedOn, DepartureReason departureReason, PostType convertedFrom,
        LocalDate convertedOn) {

    /** 特岗计划 posts last three years. */
    public static final int SPECIAL_POST_YEARS = 3;

    public Teacher {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(postType, "postType");
        Objects.requireNonNull(service, "service");
        subjects = List.copyOf(subjects);
    }

    /** What a registration says about the teacher, before the history is checked. */
    public record Registration(String id, String maskedName, String maskedIdNumber, List<String> subjects,
            String title, PostType postType, LocalDate postStartsOn, LocalDate postEndsOn, boolean backbone,
            boolean principal) {
    }

    /** One posting of the career so far, the school already looked up. */
    public record PastPosting(SchoolPlace school, LocalDate from, LocalDate to) {
    }

    /**
     * A teacher enters the registry with the career so far: postings oldest first, without gaps
     * that overlap, the last one still open.
     */
    public static ResultWithEvents<Teacher> register(Registration registration, List<PastPosting> career,
            LocalDate today, Instant at) {
        if (registration.subjects().isEmpty()) {
            throw new TeacherRuleException("subjects", "must name at least one subject");
        }
        if (career.isEmpty()) {
            throw new TeacherRuleException("history", "must hold at least the current posting");
        }
        List<Posting> postings = new ArrayList<>();
        for (int i = 0; i < career.size(); i++) {
            PastPosting past = career.get(i);
            boolean last = i == career.size() - 1;
            if (last != (past.to() == null)) {
                throw new TeacherRuleException("history[" + i + "].to",
                        last ? "the last posting is the current one and has no end" : "only the last posting may be open");
            }
            if (past.from().isAfter(today)) {
                throw new TeacherRuleException("history[" + i + "].from", "lies in the future");
            }
            try {
                postings.add(new Posting(past.school().schoolCode(), past.school().countyCode(), past.school().rural(),
                        past.from(), past.to(), PostingReason.POSTED, null));
            } catch (IllegalArgumentException e) {
                throw new TeacherRuleException("history[" + i + "].to", e.getMessage());
            }
        }
        ServiceRecord service;
        try {
            service = new ServiceRecord(postings);
        } catch (IllegalArgumentException e) {
            throw new TeacherRuleException("history", e.getMessage());
        }
        LocalDate postEndsOn = postEndOf(registration);
        Teacher teacher = new Teacher(registration.id(), registration.maskedName(), registration.maskedIdNumber(),
                registration.subjects(), registration.title(), registration.postType(), registration.postStartsOn(),
                postEndsOn, registration.backbone(), registration.principal(), service, null, null, null, null);
        return ResultWithEvents.of(teacher, new TeacherRegistered(teacher.id, teacher.maskedName,
                teacher.maskedIdNumber, teacher.subjects, teacher.title, teacher.postType.name(),
                teacher.postStartsOn.toString(), postEndsOn == null ? null : postEndsOn.toString(), teacher.backbone,
                teacher.principal, service.postings().stream().map(Teacher::posting).toList(), at));
    }

    private static LocalDate postEndOf(Registration registration) {
        if (registration.postType() == PostType.SPECIAL_POST) {
            return registration.postEndsOn() != null ? registration.postEndsOn()
                    : registration.postStartsOn().plusYears(SPECIAL_POST_YEARS).minusDays(1);
        }
        if (registration.postType() == PostType.VOLUNTEER && registration.postEndsOn() == null) {
            throw new TeacherRuleException("postEndsOn", "a volunteer or intern post needs its end date");
        }
        if (registration.postEndsOn() != null && registration.postEndsOn().isBefore(registration.postStartsOn())) {
            throw new TeacherRuleException("postEndsOn", "cannot lie before postStartsOn");
        }
        return registration.postType().fixedTerm() ? registration.postEndsOn() : null;
    }

    /**
     * The teacher serves at another school from {@code from}: the current posting ends the day before.
     * Moves are only forward in time, after the current posting began.
     */
    public ResultWithEvents<Teacher> move(SchoolPlace school, LocalDate from, PostingReason reason, String exchangeId,
            Instant at) {
        if (departedOn != null) {
            throw new TeacherRuleException("teacherId", "the teacher left on " + departedOn);
        }
        Posting current = service.current().orElseThrow(() -> new TeacherRuleException("teacherId", "has no current posting"));
        if (!from.isAfter(current.from())) {
            throw new TeacherRuleException("from", "must lie after " + current.from() + ", when the current posting began");
        }
        if (current.schoolCode().equals(school.schoolCode())) {
            throw new TeacherRuleException("schoolCode", "is the school the teacher is already at");
        }
        Posting next = new Posting(school.schoolCode(), school.countyCode(), school.rural(), from, null, reason, exchangeId);
        List<Posting> postings = new ArrayList<>(service.postings());
        postings.set(postings.size() - 1, current.endedOn(from.minusDays(1)));
        postings.add(next);
        Teacher moved = withService(new ServiceRecord(postings), departedOn, departureReason);
        return ResultWithEvents.of(moved, new TeacherAssigned(id, posting(next), current.schoolCode(), at));
    }

    /** Whether the teacher holds, or held before conversion, a post of this type. */
    public boolean heldPost(PostType type) {
        return postType == type || convertedFrom == type;
    }

    /** Whether a move for this exchange and reason has already been made. */
    public boolean hasMoved(PostingReason reason, String exchangeId) {
        return exchangeId != null && service.postings().stream()
                .anyMatch(posting -> posting.reason() == reason && exchangeId.equals(posting.exchangeId()));
    }

    /** A fixed-term post (特岗, volunteer) becomes a regular one. */
    public ResultWithEvents<Teacher> convert(LocalDate on, Instant at) {
        if (!postType.fixedTerm()) {
            throw new TeacherRuleException("postType", "only a special post or a volunteer post can be converted, not " + postType);
        }
        if (departedOn != null) {
            throw new TeacherRuleException("teacherId", "the teacher left on " + departedOn);
        }
        if (on.isBefore(postStartsOn)) {
            throw new TeacherRuleException("on", "lies before the post began on " + postStartsOn);
        }
        Teacher converted = new Teacher(id, maskedName, maskedIdNumber, subjects, title, PostType.REGULAR, postStartsOn,
                null, backbone, principal, service, null, null, postType, on);
        String countyCode = service.current().map(Posting::countyCode).orElse(null);
        return ResultWithEvents.of(converted, new TeacherPostConverted(id, postType.name(), PostType.REGULAR.name(),
                on.toString(), countyCode, at));
    }

    /** The teacher leaves; {@code on} is their last day. */
    public ResultWithEvents<Teacher> depart(LocalDate on, DepartureReason reason, Instant at) {
        if (departedOn != null) {
            throw new TeacherRuleException("teacherId", "the teacher already left on " + departedOn);
        }
        Posting current = service.current().orElseThrow(() -> new TeacherRuleException("teacherId", "has no current posting"));
        if (on.isBefore(current.from())) {
            throw new TeacherRuleException("on", "lies before the current posting began on " + current.from());
        }
        List<Posting> postings = new ArrayList<>(service.postings());
        postings.set(postings.size() - 1, current.endedOn(on));
        Teacher departed = withService(new ServiceRecord(postings), on, reason);
        return ResultWithEvents.of(departed, new TeacherDeparted(id, on.toString(), reason.name(), postType.name(),
                current.schoolCode(), current.countyCode(), at));
    }

    private Teacher withService(ServiceRecord changed, LocalDate departed, DepartureReason why) {
        return new Teacher(id, maskedName, maskedIdNumber, subjects, title, postType, postStartsOn, postEndsOn,
                backbone, principal, changed, departed, why, convertedFrom, convertedOn);
    }

    static TeacherPosting posting(Posting posting) {
        return new TeacherPosting(posting.schoolCode(), posting.countyCode(), posting.rural(),
                posting.from().toString(), posting.to() == null ? null : posting.to().toString(),
                posting.reason().name(), posting.exchangeId());
    }
}
