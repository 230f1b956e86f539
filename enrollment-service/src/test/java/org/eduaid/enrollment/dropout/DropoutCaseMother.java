package org.eduaid.enrollment.dropout;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eduaid.enrollment.dropout.domain.Actor;
import org.eduaid.enrollment.dropout.domain.CaseId;
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
import org.eduaid.enrollment.dropout.domain.Stamp;
import org.eduaid.enrollment.dropout.domain.Visit;
import org.eduaid.enrollment.person.PersonId;

/** Cases in every state of the workflow, and request bodies for the API; fresh ids each time. */
public final class DropoutCaseMother {

    public static final String LINXI = "150424";
    public static final String CHIFENG = "1504";
    public static final LocalDate TODAY = LocalDate.parse("2026-03-10");
    public static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    public static final Actor OFFICER = new Actor("officer.linxi", "林西县教育局 王科长", "COUNTY_OFFICER");
    public static final String SCHOOL = "2150042401";

    private DropoutCaseMother() {
    }

    public static PersonId freshChild() {
        return new PersonId("p-" + UUID.randomUUID().toString().replace("-", "").substring(0, 26));
    }

    public static Stamp stamp() {
        return new Stamp(OFFICER, NOW, TODAY);
    }

    public static Stamp stampOn(LocalDate day) {
        return new Stamp(Actor.system("escalation"), NOW, day);
    }

    public static Visit genuineVisit() {
        return new Visit(TODAY.minusDays(1), List.of("李老师", "张村主任"), Finding.GENUINE, "在家务农");
    }

    public static Visit visit(Finding finding) {
        return new Visit(TODAY.minusDays(1), List.of("李老师"), finding, null);
    }

    public static Visit furtherVisit() {
        return new Visit(TODAY, List.of("李老师"), null, "家长同意复学");
    }

    public static Persuasion persuasion() {
        return new Persuasion("统部镇 赵镇长", "统部中心校 钱校长", TODAY.plusDays(30));
    }

    public static EnrolmentProof proof() {
        return new EnrolmentProof(SCHOOL, TODAY);
    }

    public static Placement placement() {
        return new Placement(PlacementKind.HOME_TEACHING, "每周两次送教上门，康复训练结合文化课", SCHOOL, TODAY);
    }

    public static Deferral deferral() {
        return new Deferral(Deferral.Decision.DEFERRED, "术后康复期", TODAY.plusMonths(6));
    }

    public static Deferral exemption() {
        return new Deferral(Deferral.Decision.EXEMPTED, "重度疾病，经专家评估免学", null);
    }

    public static DropoutCase reported(Set<PriorityGroup> groups) {
        return DropoutCase.open(CaseId.fresh(), freshChild(), LINXI, CHIFENG, CaseReason.NO_ENROLMENT, "无学籍",
                groups, stamp()).aggregate();
    }

    /** A case of a disabled child in {@code state}, reached through the workflow. */
    public static DropoutCase in(CaseState state) {
        DropoutCase c = reported(Set.of(PriorityGroup.DISABLED));
        switch (state) {
            case REPORTED:
                return c;
            case NOT_GENUINE:
                return c.verify(visit(Finding.MOVED_AWAY), stamp()).aggregate();
            case CLOSED:
                return in(CaseState.NOT_GENUINE).close("迁出本县", null, stamp()).aggregate();
            default:
                break;
        }
        c = c.verify(genuineVisit(), stamp()).aggregate();
        if (state == CaseState.VERIFIED_GENUINE) {
            return c;
        }
        c = c.startPersuasion(persuasion(), stamp()).aggregate();
        switch (state) {
            case PERSUASION:
                return c;
            case RETURNED:
                return c.recordReturn(proof(), stamp()).aggregate();
            case PLACED:
                return c.place(placement(), true, stamp()).aggregate();
            case DEFERRED:
                return c.defer(deferral(), stamp()).aggregate();
            case EXEMPTED:
                return c.defer(exemption(), stamp()).aggregate();
            default:
                throw new IllegalArgumentException(state.name());
        }
    }

    // --- request bodies ---

    public static String report(String studentId, String countyCode) {
        return """
                {"studentId":"%s","countyCode":"%s","reason":"REPORTED","note":"连续两周未到校"}""".formatted(studentId, countyCode);
    }

    public static String verification(long version, String finding) {
        return """
                {"expectedVersion":%d,"visitedOn":"%s","visitors":["李秀英","张建国"],"finding":"%s","note":"家中务农"}"""
                .formatted(version, LocalDate.now().minusDays(1), finding);
    }

    public static String persuasion(long version, LocalDate deadline) {
        return """
                {"expectedVersion":%d,"governmentOfficial":"赵永福","educationOfficial":"钱丽华","deadline":"%s"}"""
                .formatted(version, deadline);
    }

    public static String furtherVisit(long version) {
        return """
                {"expectedVersion":%d,"visitedOn":"%s","visitors":["孙志强"],"note":"再次上门"}""".formatted(version,
                LocalDate.now().minusDays(1));
    }

    public static String returnToSchool(long version, String schoolCode) {
        return """
                {"expectedVersion":%d,"schoolCode":"%s","returnedOn":"%s"}""".formatted(version, schoolCode,
                LocalDate.now().minusDays(1));
    }

    public static String placement(long version, String schoolCode) {
        return """
                {"expectedVersion":%d,"placement":"REGULAR_CLASS","plan":"随班就读，配资源教师","schoolCode":"%s","placedOn":"%s"}"""
                .formatted(version, schoolCode, LocalDate.now().minusDays(1));
    }

    public static String deferral(long version) {
        return """
                {"expectedVersion":%d,"decision":"DEFERRED","grounds":"术后康复期","until":"%s"}""".formatted(version,
                LocalDate.now().plusMonths(6));
    }

    public static String closure(long version) {
        return """
                {"expectedVersion":%d,"reason":"缓学期满前定期回访"}""".formatted(version);
    }
}
