package org.eduaid.subsidy.eligibility.persistence;

import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.eduaid.subsidy.catalogue.domain.HouseholdFlag;
import org.eduaid.subsidy.catalogue.domain.Locality;
import org.eduaid.subsidy.catalogue.domain.Stage;
import org.eduaid.subsidy.catalogue.domain.StudentFacts;
import org.eduaid.subsidy.eligibility.domain.Decision;
import org.eduaid.subsidy.eligibility.domain.LeftSchool;
import org.eduaid.subsidy.eligibility.domain.StudentEligibility;

/**
 * A {@link StudentEligibility} as a {@code student_eligibility} document. Besides the aggregate's
 * own fields it keeps {@code countyCode} (responsible county) and {@code eligibleProgrammes} at the
 * top level for the county's list.
 */
final class StudentEligibilityDocuments {

    static final String COUNTY = "countyCode";
    static final String SCHOOL = "schoolCode";
    static final String ELIGIBLE = "eligibleProgrammes";

    private StudentEligibilityDocuments() {
    }

    static Document toDocument(StudentEligibility s) {
        StudentFacts f = s.facts();
        StudentFacts.Enrolment e = f.enrolment();
        Document enrolment = e == null ? null : new Document("schoolCode", e.schoolCode())
                .append("countyCode", e.countyCode())
                .append("stage", e.stage() == null ? null : e.stage().name())
                .append("grade", e.grade())
                .append("boarding", e.boarding())
                .append("schoolKind", e.schoolKind())
                .append("locality", e.locality() == null ? null : e.locality().name())
                .append("status", e.status().name());
        List<Document> decisions = new ArrayList<>();
        for (Decision d : s.decisions().values()) {
            decisions.add(new Document("programmeCode", d.programmeCode()).append("eligible", d.eligible())
                    .append("ruleCode", d.ruleCode()).append("decidedAt", Date.from(d.decidedAt())));
        }
        return new Document("_id", s.studentId())
                .append("maskedName", s.maskedName())
                .append("maskedIdNumber", s.maskedIdNumber())
                .append("householdCountyCode", f.householdCountyCode())
                .append("flags", f.flags().stream().map(Enum::name).sorted().toList())
                .append("disabilityGrade", f.disabilityGrade())
                .append("enrolment", enrolment)
                .append("leftSchool", s.leftSchool() == null ? null : s.leftSchool().name())
                .append("appliedSequence", s.appliedSequence())
                .append("decisions", decisions)
                .append("lastWithdrawals", new Document(new LinkedHashMap<>(s.lastWithdrawals())))
                .append("published", new Document("countyCode", s.published().countyCode())
                        .append("schoolCode", s.published().schoolCode()).append("stage", s.published().stage()))
                .append(COUNTY, f.responsibleCountyCode())
                .append(SCHOOL, e == null ? null : e.schoolCode())
                .append(ELIGIBLE, List.copyOf(s.eligibleProgrammes()));
    }

    static StudentEligibility fromDocument(Document d) {
        Set<HouseholdFlag> flags = EnumSet.noneOf(HouseholdFlag.class);
        for (String flag : d.getList("flags", String.class, List.of())) {
            for (HouseholdFlag known : HouseholdFlag.values()) {
                if (known.name().equals(flag)) {
                    flags.add(known);
                }
            }
        }
        Document e = d.get("enrolment", Document.class);
        StudentFacts.Enrolment enrolment = e == null ? null : new StudentFacts.Enrolment(e.getString("schoolCode"),
                e.getString("countyCode"), Stage.fromEvent(e.getString("stage")).orElse(null),
                e.getInteger("grade", 0), e.getBoolean("boarding", false), e.getString("schoolKind"),
                e.getString("locality") == null ? null : Locality.valueOf(e.getString("locality")),
                StudentFacts.EnrolmentStatus.valueOf(e.getString("status")));
        Map<String, Decision> decisions = new LinkedHashMap<>();
        for (Document decision : d.getList("decisions", Document.class, List.of())) {
            decisions.put(decision.getString("programmeCode"), new Decision(decision.getString("programmeCode"),
                    decision.getBoolean("eligible", false), decision.getString("ruleCode"),
                    decision.getDate("decidedAt").toInstant()));
        }
        Map<String, String> withdrawals = new LinkedHashMap<>();
        Document last = d.get("lastWithdrawals", Document.class);
        if (last != null) {
            last.forEach((code, reason) -> withdrawals.put(code, String.valueOf(reason)));
        }
        Document published = d.get("published", Document.class);
        Number grade = (Number) d.get("disabilityGrade");
        Number sequence = (Number) d.get("appliedSequence");
        return new StudentEligibility(d.getString("_id"), d.getString("maskedName"), d.getString("maskedIdNumber"),
                new StudentFacts(d.getString("_id"), d.getString("householdCountyCode"), flags,
                        grade == null ? null : grade.intValue(), enrolment),
                d.getString("leftSchool") == null ? null : LeftSchool.valueOf(d.getString("leftSchool")),
                sequence == null ? 0 : sequence.longValue(), decisions, withdrawals,
                published == null ? null : new StudentEligibility.Published(published.getString("countyCode"),
                        published.getString("schoolCode"), published.getString("stage")));
    }
}
