package org.eduaid.enrollment.dropout.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.eduaid.enrollment.dropout.application.CaseRow;
import org.eduaid.enrollment.dropout.domain.Actor;
import org.eduaid.enrollment.dropout.domain.CaseId;
import org.eduaid.enrollment.dropout.domain.CaseOutcome;
import org.eduaid.enrollment.dropout.domain.CaseReason;
import org.eduaid.enrollment.dropout.domain.CaseState;
import org.eduaid.enrollment.dropout.domain.Deferral;
import org.eduaid.enrollment.dropout.domain.DropoutCase;
import org.eduaid.enrollment.dropout.domain.EnrolmentProof;
import org.eduaid.enrollment.dropout.domain.Finding;
import org.eduaid.enrollment.dropout.domain.Persuasion;
import org.eduaid.enrollment.dropout.domain.Placement;
import org.eduaid.enrollment.dropout.domain.PlacementKind;
import org.eduaid.enrollment.dropout.domain.PriorityGroup;
import org.eduaid.enrollment.dropout.domain.TimelineEntry;
import org.eduaid.enrollment.dropout.domain.Visit;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.kit.privacy.FieldCipher;
import org.eduaid.kit.privacy.FieldPurpose;

/**
 * A case as a {@code dropout_cases} document. Names of officials, visitors and users, free text
 * (notes, plans, health grounds, closure reasons) are encrypted, each under its own purpose; what
 * lists filter on (county, city, state, deadline, groups, escalation) is plain.
 *
 * <p>{@code openKey} is the child id while the case is open and the case id once it is closed; its
 * unique index is what keeps two reports racing for one child from opening two cases.
 */
final class DropoutCaseDocuments {

    static final String COLLECTION = "dropout_cases";

    static final String CHILD = "childId";
    static final String COUNTY = "countyCode";
    static final String CITY = "cityCode";
    static final String STATE = "state";
    static final String REASON = "reason";
    static final String GROUPS = "priorityGroups";
    static final String DEADLINE = "deadline";
    static final String ESCALATED = "escalated";
    static final String OPENED_AT = "openedAt";
    static final String OPEN_KEY = "openKey";
    static final String VERSION = "_version";

    private static final FieldPurpose DETAIL = purpose("detail");
    private static final FieldPurpose GOVERNMENT_OFFICIAL = purpose("persuasion.governmentOfficial");
    private static final FieldPurpose EDUCATION_OFFICIAL = purpose("persuasion.educationOfficial");
    private static final FieldPurpose PLAN = purpose("placement.plan");
    private static final FieldPurpose GROUNDS = purpose("deferral.grounds");
    private static final FieldPurpose CLOSURE_REASON = purpose("closureReason");
    private static final FieldPurpose ACTOR_NAME = purpose("timeline.byName");
    private static final FieldPurpose VISITOR = purpose("timeline.visit.visitors");
    private static final FieldPurpose VISIT_NOTE = purpose("timeline.visit.note");
    private static final FieldPurpose ENTRY_NOTE = purpose("timeline.note");

    private final FieldCipher cipher;

    DropoutCaseDocuments(FieldCipher cipher) {
        this.cipher = cipher;
    }

    private static FieldPurpose purpose(String field) {
        return FieldPurpose.of(COLLECTION, field);
    }

    Document toDocument(DropoutCase c) {
        Persuasion persuasion = c.persuasion();
        return new Document(CHILD, c.child().value())
                .append(COUNTY, c.countyCode())
                .append(CITY, c.cityCode())
                .append(REASON, c.reason().name())
                .append("detail", cipher.encrypt(c.detail(), DETAIL))
                .append(GROUPS, c.priorityGroups().stream().map(Enum::name).sorted().toList())
                .append(STATE, c.state().name())
                .append(OPEN_KEY, c.open() ? c.child().value() : c.id().value())
                .append(DEADLINE, persuasion == null ? null : persuasion.deadline().toString())
                .append("persuasion", persuasion == null ? null : new Document()
                        .append("governmentOfficial", cipher.encrypt(persuasion.governmentOfficial(), GOVERNMENT_OFFICIAL))
                        .append("educationOfficial", cipher.encrypt(persuasion.educationOfficial(), EDUCATION_OFFICIAL)))
                .append("proof", c.proof() == null ? null : new Document("schoolCode", c.proof().schoolCode())
                        .append("returnedOn", c.proof().returnedOn().toString()))
                .append("placement", c.placement() == null ? null : new Document("kind", c.placement().kind().name())
                        .append("plan", cipher.encrypt(c.placement().plan(), PLAN))
                        .append("schoolCode", c.placement().schoolCode())
                        .append("placedOn", c.placement().placedOn().toString()))
                .append("deferral", c.deferral() == null ? null : new Document("decision", c.deferral().decision().name())
                        .append("grounds", cipher.encrypt(c.deferral().grounds(), GROUNDS))
                        .append("until", c.deferral().until() == null ? null : c.deferral().until().toString()))
                .append("outcome", c.outcome() == null ? null : c.outcome().name())
                .append("closureReason", cipher.encrypt(c.closureReason(), CLOSURE_REASON))
                .append(ESCALATED, c.escalated())
                .append("escalatedAt", date(c.escalatedAt()))
                .append(OPENED_AT, Date.from(c.openedAt()))
                .append("timeline", c.timeline().stream().map(this::toDocument).toList());
    }

    private Document toDocument(TimelineEntry entry) {
        Document document = new Document("at", Date.from(entry.at()))
                .append("step", entry.step().name())
                .append("from", entry.from() == null ? null : entry.from().name())
                .append("to", entry.to().name())
                .append("bySubject", entry.by().subject())
                .append("byName", cipher.encrypt(entry.by().displayName(), ACTOR_NAME))
                .append("byRole", entry.by().role())
                .append("note", cipher.encrypt(entry.note(), ENTRY_NOTE));
        Visit visit = entry.visit();
        if (visit != null) {
            document.append("visit", new Document("visitedOn", visit.visitedOn().toString())
                    .append("visitors", visit.visitors().stream().map(name -> cipher.encrypt(name, VISITOR)).toList())
                    .append("finding", visit.finding() == null ? null : visit.finding().name())
                    .append("note", cipher.encrypt(visit.note(), VISIT_NOTE)));
        }
        return document;
    }

    DropoutCase fromDocument(Document d) {
        Document p = d.get("persuasion", Document.class);
        Document proof = d.get("proof", Document.class);
        Document placement = d.get("placement", Document.class);
        Document deferral = d.get("deferral", Document.class);
        return new DropoutCase(new CaseId(d.getString("_id")), new PersonId(d.getString(CHILD)), d.getString(COUNTY),
                d.getString(CITY), CaseReason.valueOf(d.getString(REASON)), cipher.decrypt(d.getString("detail"), DETAIL),
                groups(d), CaseState.valueOf(d.getString(STATE)),
                p == null ? null : new Persuasion(cipher.decrypt(p.getString("governmentOfficial"), GOVERNMENT_OFFICIAL),
                        cipher.decrypt(p.getString("educationOfficial"), EDUCATION_OFFICIAL), date(d.getString(DEADLINE))),
                proof == null ? null : new EnrolmentProof(proof.getString("schoolCode"), date(proof.getString("returnedOn"))),
                placement == null ? null : new Placement(PlacementKind.valueOf(placement.getString("kind")),
                        cipher.decrypt(placement.getString("plan"), PLAN), placement.getString("schoolCode"),
                        date(placement.getString("placedOn"))),
                deferral == null ? null : new Deferral(Deferral.Decision.valueOf(deferral.getString("decision")),
                        cipher.decrypt(deferral.getString("grounds"), GROUNDS), date(deferral.getString("until"))),
                d.getString("outcome") == null ? null : CaseOutcome.valueOf(d.getString("outcome")),
                cipher.decrypt(d.getString("closureReason"), CLOSURE_REASON), d.getBoolean(ESCALATED, false),
                instant(d.getDate("escalatedAt")), d.getDate(OPENED_AT).toInstant(),
                d.getList("timeline", Document.class).stream().map(this::entryOf).toList());
    }

    private TimelineEntry entryOf(Document e) {
        Document v = e.get("visit", Document.class);
        Visit visit = v == null ? null : new Visit(date(v.getString("visitedOn")),
                v.getList("visitors", String.class).stream().map(name -> cipher.decrypt(name, VISITOR)).toList(),
                v.getString("finding") == null ? null : Finding.valueOf(v.getString("finding")),
                cipher.decrypt(v.getString("note"), VISIT_NOTE));
        return new TimelineEntry(e.getDate("at").toInstant(), TimelineEntry.Step.valueOf(e.getString("step")),
                e.getString("from") == null ? null : CaseState.valueOf(e.getString("from")),
                CaseState.valueOf(e.getString("to")),
                new Actor(e.getString("bySubject"), cipher.decrypt(e.getString("byName"), ACTOR_NAME), e.getString("byRole")),
                visit, cipher.decrypt(e.getString("note"), ENTRY_NOTE));
    }

    /** The fields a list row needs: nothing encrypted, so a page is cheap to read. */
    static Document rowProjection() {
        Document projection = new Document();
        for (String field : List.of(CHILD, COUNTY, CITY, REASON, GROUPS, STATE, DEADLINE, ESCALATED, OPENED_AT, VERSION)) {
            projection.append(field, 1);
        }
        return projection;
    }

    static CaseRow rowOf(Document d) {
        Number version = (Number) d.get(VERSION);
        return new CaseRow(d.getString("_id"), d.getString(CHILD), d.getString(COUNTY), d.getString(CITY),
                CaseReason.valueOf(d.getString(REASON)), groups(d), CaseState.valueOf(d.getString(STATE)),
                date(d.getString(DEADLINE)), d.getBoolean(ESCALATED, false), d.getDate(OPENED_AT).toInstant(),
                version == null ? 0 : version.longValue());
    }

    private static Set<PriorityGroup> groups(Document d) {
        Set<PriorityGroup> groups = EnumSet.noneOf(PriorityGroup.class);
        d.getList(GROUPS, String.class, List.of()).forEach(name -> groups.add(PriorityGroup.valueOf(name)));
        return groups;
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
