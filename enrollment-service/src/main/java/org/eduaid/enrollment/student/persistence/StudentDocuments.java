package org.eduaid.enrollment.student.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.eduaid.enrollment.person.PersonId;
import org.eduaid.enrollment.student.application.IdentityKeys;
import org.eduaid.enrollment.student.domain.Enrolment;
import org.eduaid.enrollment.student.domain.EnrolmentState;
import org.eduaid.enrollment.student.domain.FlagChange;
import org.eduaid.enrollment.student.domain.FlagName;
import org.eduaid.enrollment.student.domain.FlagValue;
import org.eduaid.enrollment.student.domain.Household;
import org.eduaid.enrollment.student.domain.Placement;
import org.eduaid.enrollment.student.domain.Stage;
import org.eduaid.enrollment.student.domain.Student;
import org.eduaid.kit.privacy.FieldCipher;
import org.eduaid.kit.privacy.FieldPurpose;
import org.eduaid.kit.privacy.Masks;
import org.eduaid.kit.privacy.ResidentIdNumber;
import org.springframework.stereotype.Component;

/**
 * The {@code students} document. Personal data is encrypted per field (ID number, name, guardian);
 * only the masked forms and the fields lists filter on are plain: the current (or last) enrolment's
 * status, school, county and stage, the household county and one boolean per flag.
 */
@Component
public class StudentDocuments {

    static final String COLLECTION = "students";
    static final FieldPurpose ID_NUMBER = FieldPurpose.of(COLLECTION, "idNumber");
    static final FieldPurpose NAME = FieldPurpose.of(COLLECTION, "name");
    static final FieldPurpose GUARDIAN = FieldPurpose.of(COLLECTION, "guardianName");
    /** Plain boolean field per flag, for list filters and the directory. */
    static final Map<FlagName, String> FLAG_FIELDS = Map.of(FlagName.REGISTERED_POOR, "registeredPoor",
            FlagName.DIBAO, "dibao", FlagName.TEKUN, "tekun", FlagName.ORPHAN, "orphan", FlagName.DISABILITY,
            "disabled", FlagName.LEFT_BEHIND, "leftBehind", FlagName.RELOCATED, "relocated");

    private final FieldCipher cipher;
    private final IdentityKeys identityKeys;
    private final Clock clock;

    public StudentDocuments(FieldCipher cipher, IdentityKeys identityKeys, Clock clock) {
        this.cipher = cipher;
        this.identityKeys = identityKeys;
        this.clock = clock;
    }

    Document toDocument(Student student) {
        Document document = new Document("idNumber", cipher.encrypt(student.idNumber().unmaskedValue(), ID_NUMBER))
                .append("idNumberMasked", student.idNumber().masked())
                .append("identityKey", identityKeys.of(student))
                .append("name", cipher.encrypt(student.name(), NAME))
                .append("nameMasked", Masks.personName(student.name()))
                .append("sex", student.idNumber().sex().name())
                .append("birthYear", student.idNumber().birthDate().getYear())
                .append("household", new Document("countyCode", student.household().countyCode())
                        .append("townshipCode", student.household().townshipCode())
                        .append("villageCode", student.household().villageCode()))
                .append("householdCountyCode", student.household().countyCode())
                .append("guardianName", student.guardianName() == null ? null
                        : cipher.encrypt(student.guardianName(), GUARDIAN));
        Document flags = new Document();
        student.flags().forEach((flag, value) -> {
            if (value.source() != null) {
                flags.append(flag.name(), new Document("on", value.on()).append("disabilityKind", value.disabilityKind())
                        .append("disabilityGrade", value.disabilityGrade()).append("source", value.source())
                        .append("effectiveOn", string(value.effectiveOn())).append("recordedAt", date(value.recordedAt())));
            }
            document.append(FLAG_FIELDS.get(flag), value.on());
        });
        document.append("flags", flags);
        document.append("heard", student.heard().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Document("key", e.getKey()).append("at", date(e.getValue()))).toList());
        document.append("flagHistory", student.flagHistory().stream().map(change -> new Document("flag",
                change.flag().name()).append("on", change.on()).append("disabilityKind", change.disabilityKind())
                .append("disabilityGrade", change.disabilityGrade()).append("source", change.source())
                .append("effectiveOn", string(change.effectiveOn())).append("recordedAt", date(change.recordedAt()))
                .append("changedAt", date(change.changedAt()))).toList());
        document.append("enrolments", student.enrolments().stream().map(e -> new Document("schoolCode", e.schoolCode())
                .append("countyCode", e.countyCode()).append("stage", e.placement().stage().name())
                .append("grade", e.placement().grade()).append("boarding", e.placement().boarding())
                .append("startedOn", string(e.startedOn())).append("state", e.state().name())
                .append("since", string(e.since())).append("reason", e.reason())
                .append("recordedAt", date(e.recordedAt()))).toList());
        Enrolment last = student.lastEnrolment().orElse(null);
        document.append("status", last == null ? "NONE" : last.state().name())
                .append("schoolCode", last == null ? null : last.schoolCode())
                .append("countyCode", last == null ? null : last.countyCode())
                .append("stage", last == null ? null : last.placement().stage().name())
                .append("grade", last == null ? null : last.placement().grade())
                .append("statusSince", last == null ? null : string(last.since()))
                .append("statusReason", last == null ? null : last.reason())
                .append("registeredAt", date(student.registeredAt()));
        return document;
    }

    Student fromDocument(Document document) {
        ResidentIdNumber idNumber = ResidentIdNumber.parse(cipher.decrypt(document.getString("idNumber"), ID_NUMBER),
                clock);
        Document householdDocument = document.get("household", Document.class);
        Household household = new Household(householdDocument.getString("countyCode"),
                householdDocument.getString("townshipCode"), householdDocument.getString("villageCode"));
        String guardian = document.getString("guardianName");
        Map<FlagName, FlagValue> flags = new EnumMap<>(FlagName.class);
        document.get("flags", Document.class).forEach((name, value) -> {
            Document flag = (Document) value;
            flags.put(FlagName.valueOf(name), new FlagValue(flag.getBoolean("on"), flag.getString("disabilityKind"),
                    flag.getInteger("disabilityGrade"), flag.getString("source"), localDate(flag.getString("effectiveOn")),
                    instant(flag.getDate("recordedAt"))));
        });
        Map<String, Instant> heard = new HashMap<>();
        for (Document entry : document.getList("heard", Document.class, List.of())) {
            heard.put(entry.getString("key"), instant(entry.getDate("at")));
        }
        List<FlagChange> history = new ArrayList<>();
        for (Document change : document.getList("flagHistory", Document.class, List.of())) {
            history.add(new FlagChange(FlagName.valueOf(change.getString("flag")), change.getBoolean("on"),
                    change.getString("disabilityKind"), change.getInteger("disabilityGrade"), change.getString("source"),
                    localDate(change.getString("effectiveOn")), instant(change.getDate("recordedAt")),
                    instant(change.getDate("changedAt"))));
        }
        List<Enrolment> enrolments = new ArrayList<>();
        for (Document e : document.getList("enrolments", Document.class, List.of())) {
            enrolments.add(new Enrolment(new Placement(e.getString("schoolCode"), e.getString("countyCode"),
                    Stage.valueOf(e.getString("stage")), e.getInteger("grade"), e.getBoolean("boarding")),
                    localDate(e.getString("startedOn")), EnrolmentState.valueOf(e.getString("state")),
                    localDate(e.getString("since")), e.getString("reason"), instant(e.getDate("recordedAt"))));
        }
        return new Student(new PersonId(document.getString("_id")), idNumber, cipher.decrypt(document.getString("name"),
                NAME), household, guardian == null ? null : cipher.decrypt(guardian, GUARDIAN), flags, heard, history,
                enrolments, instant(document.getDate("registeredAt")));
    }

    private static String string(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate localDate(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
