package org.eduaid.enrollment.importing.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

import org.eduaid.enrollment.importing.parsing.Columns;
import org.eduaid.enrollment.importing.parsing.RawRow;
import org.eduaid.enrollment.student.application.ImportScope;
import org.eduaid.enrollment.student.application.StudentRecord;
import org.eduaid.kit.privacy.ResidentIdNumber;
import org.eduaid.kit.regions.RegionDirectory;

/**
 * A row of a student file. In a school's file (a clerk's) every enrolment is at that school: a row
 * without a school code is taken to be at it, a row naming another school is refused. A row with
 * none of school code, stage, grade and enrolment date registers the child without an enrolment.
 */
public final class StudentRowValidator implements RowValidator<StudentRecord> {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String[][] FLAGS = { { "registeredPoor", "REGISTERED_POOR" }, { "dibao", "DIBAO" },
            { "tekun", "TEKUN" }, { "orphan", "ORPHAN" }, { "leftBehind", "LEFT_BEHIND" }, { "relocated", "RELOCATED" } };

    private final ImportScope scope;
    private final RegionDirectory regions;
    private final Clock clock;

    public StudentRowValidator(ImportScope scope, RegionDirectory regions, Clock clock) {
        this.scope = scope;
        this.regions = regions;
        this.clock = clock;
    }

    @Override
    public StudentRecord validate(RawRow row, Columns columns) {
        ResidentIdNumber idNumber = IdNumberCheck.parse(columns.value(row, "idNumber"), clock);
        String name = Cells.name("name", columns.value(row, "name"), true);
        String county = Cells.county("householdCountyCode", columns.value(row, "householdCountyCode"), regions);
        String township = Cells.township("householdTownshipCode", columns.value(row, "householdTownshipCode"), county,
                regions);
        String village = Cells.village("householdVillageCode", columns.value(row, "householdVillageCode"), county, township);
        String guardian = Cells.name("guardianName", columns.value(row, "guardianName"), false);
        Set<String> flags = new HashSet<>();
        for (String[] flag : FLAGS) {
            if (Cells.bool(flag[0], columns.value(row, flag[0]))) {
                flags.add(flag[1]);
            }
        }
        String disabilityKind = Cells.disabilityKind("disabilityKind", columns.value(row, "disabilityKind"));
        Integer disabilityGrade = Cells.disabilityGrade("disabilityGrade", columns.value(row, "disabilityGrade"));
        if (disabilityKind != null && disabilityGrade == null) {
            throw new RowRejection("disabilityGrade", "is missing; a disability needs its grade");
        }
        if (disabilityKind == null && disabilityGrade != null) {
            throw new RowRejection("disabilityKind", "is missing; a disability grade needs its kind");
        }
        StudentRecord.Enrolment enrolment = enrolment(row, columns, idNumber.birthDate());
        return new StudentRecord(row.rowNumber(), idNumber, name, county, township, village, guardian, flags,
                disabilityKind, disabilityGrade, enrolment);
    }

    private StudentRecord.Enrolment enrolment(RawRow row, Columns columns, LocalDate born) {
        String school = columns.value(row, "schoolCode");
        String stageCell = columns.value(row, "stage");
        String gradeCell = columns.value(row, "grade");
        String enrolledCell = columns.value(row, "enrolledOn");
        String boardingCell = columns.value(row, "boarding");
        if (school == null && stageCell == null && gradeCell == null && enrolledCell == null) {
            if (boardingCell != null) {
                Cells.bool("boarding", boardingCell);
            }
            return null;
        }
        if (school == null) {
            if (scope.schoolCode() == null) {
                throw new RowRejection("schoolCode", "is missing; an enrolment needs the school");
            }
            school = scope.schoolCode();
        } else {
            Cells.schoolCode("schoolCode", school);
            if (scope.schoolCode() != null && !scope.schoolCode().equals(school)) {
                throw new RowRejection("schoolCode", "is not the school this file is imported for ("
                        + scope.schoolCode() + ")");
            }
        }
        if (stageCell == null) {
            throw new RowRejection("stage", "is missing; an enrolment needs the stage");
        }
        String stage = Cells.stage("stage", stageCell);
        if (gradeCell == null) {
            throw new RowRejection("grade", "is missing; an enrolment needs the grade");
        }
        int grade = Cells.grade("grade", gradeCell, stage);
        boolean boarding = Cells.bool("boarding", boardingCell);
        LocalDate enrolledOn = startOfThisSchoolYear();
        if (enrolledCell != null) {
            enrolledOn = Cells.date("enrolledOn", enrolledCell);
            if (enrolledOn.isAfter(LocalDate.ofInstant(clock.instant(), CHINA))) {
                throw new RowRejection("enrolledOn", "lies in the future");
            }
            if (enrolledOn.isBefore(born)) {
                throw new RowRejection("enrolledOn", "lies before the birth date in the ID number");
            }
        }
        return new StudentRecord.Enrolment(school, stage, grade, boarding, enrolledOn);
    }

    /**
     * What a file without 入学日期 means: the pupil is in this school year's class. A fixed date, so
     * that the same file uploaded again states the same enrolment and changes nothing.
     */
    private LocalDate startOfThisSchoolYear() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), CHINA);
        LocalDate september = LocalDate.of(today.getYear(), 9, 1);
        return today.isBefore(september) ? september.minusYears(1) : september;
    }

    @Override
    public ResidentIdNumber idNumberOf(StudentRecord record) {
        return record.idNumber();
    }
}
