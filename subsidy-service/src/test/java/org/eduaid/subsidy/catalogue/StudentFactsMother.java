package org.eduaid.subsidy.catalogue;

import java.util.EnumSet;
import java.util.Set;

import org.eduaid.subsidy.catalogue.domain.HouseholdFlag;
import org.eduaid.subsidy.catalogue.domain.Locality;
import org.eduaid.subsidy.catalogue.domain.Stage;
import org.eduaid.subsidy.catalogue.domain.StudentFacts;

/**
 * Students as eligibility rules see them: by default a day pupil with no flags in primary school at
 * a rural school of Linxi county (150424), Inner Mongolia.
 */
public final class StudentFactsMother {

    public static final String LINXI = "150424";
    /** Chengguan district of Lhasa, Tibet. */
    public static final String LHASA_CHENGGUAN = "540102";
    /** Samzhubze district of Shigatse, Tibet. */
    public static final String SHIGATSE_SAMZHUBZE = "540202";

    private String county = LINXI;
    private final Set<HouseholdFlag> flags = EnumSet.noneOf(HouseholdFlag.class);
    private Integer disabilityGrade;
    private Stage stage = Stage.PRIMARY;
    private boolean boarding;
    private String schoolKind = "PRIMARY";
    private Locality locality = Locality.RURAL;
    private StudentFacts.EnrolmentStatus status = StudentFacts.EnrolmentStatus.ACTIVE;
    private boolean atSchool = true;

    private StudentFactsMother() {
    }

    public static StudentFactsMother aStudent() {
        return new StudentFactsMother();
    }

    public StudentFactsMother withFlags(Set<HouseholdFlag> more) {
        flags.addAll(more);
        return this;
    }

    public StudentFactsMother withFlags(HouseholdFlag... more) {
        return withFlags(Set.of(more));
    }

    public StudentFactsMother withDisability(int grade) {
        flags.add(HouseholdFlag.DISABILITY);
        disabilityGrade = grade;
        return this;
    }

    /** A certificate grade on file without the DISABILITY flag (e.g. the flag was cleared since). */
    public StudentFactsMother withGradeOnly(int grade) {
        disabilityGrade = grade;
        return this;
    }

    public StudentFactsMother in(Stage value) {
        stage = value;
        return this;
    }

    public StudentFactsMother boarding(boolean value) {
        boarding = value;
        return this;
    }

    public StudentFactsMother boarding() {
        return boarding(true);
    }

    public StudentFactsMother at(Locality value) {
        locality = value;
        return this;
    }

    public StudentFactsMother atSchoolOfKind(String kind) {
        schoolKind = kind;
        return this;
    }

    public StudentFactsMother inCounty(String countyCode) {
        county = countyCode;
        return this;
    }

    public StudentFactsMother suspended() {
        status = StudentFacts.EnrolmentStatus.SUSPENDED;
        return this;
    }

    public StudentFactsMother notAtSchool() {
        atSchool = false;
        return this;
    }

    public StudentFacts build() {
        StudentFacts.Enrolment enrolment = atSchool ? new StudentFacts.Enrolment(county + "0001", county, stage, 3,
                boarding, schoolKind, locality, status) : null;
        return new StudentFacts("p-01J8Z3Q4W5E6R7T8Y9U0I1O2P3", county, flags, disabilityGrade, enrolment);
    }
}
