package org.eduaid.benchmarks.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.eduaid.kit.privacy.ResidentIdNumber;
import org.eduaid.kit.regions.RegionDirectory;
import org.eduaid.kit.regions.RegionLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportStudentFileTest {

    private static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 23);
    private static final List<Townships.Township> TOWNSHIPS = Townships.of(StudentFile.COUNTY);
    private static final CountySchools SCHOOLS = new CountySchools(StudentFile.COUNTY, StudentFile.COUNTY_NAME,
            TOWNSHIPS, 100);
    private static final StudentFile FILE = new StudentFile(StudentFile.COUNTY, TOWNSHIPS, SCHOOLS, REFERENCE_DATE, 42);

    @TempDir
    Path directory;

    @Test
    void checkCharactersFollowTheStandard() {
        // GB 11643's own example, and one whose check character is a digit
        assertThat(ResidentIds.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIds.checkCharacter("44052418800101001")).isEqualTo('4');
    }

    @Test
    void everyIdNumberOfTheFullFileIsDistinctValidAndOfTheCountyBornFrom2008To2019() {
        ResidentIds ids = new ResidentIds(StudentFile.COUNTY, 42);
        Set<String> seen = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        for (int n = 0; n < ImportBenchmarkOptions.DEFAULT_ROWS; n++) {
            String id = ids.number(n);
            int born = ResidentIds.birthDate(id).getYear();
            // plain checks in the loop, one assertion after it: 200,833 numbers in well under a second
            if (!seen.add(id) || id.length() != 18 || !id.startsWith(StudentFile.COUNTY)
                    || ResidentIds.checkCharacter(id.substring(0, 17)) != id.charAt(17) || born < 2008 || born > 2019) {
                wrong.add(n + ": " + id);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(seen).hasSize(ImportBenchmarkOptions.DEFAULT_ROWS);
    }

    @Test
    void theKitAcceptsTheIdNumbers() {
        for (int n = 0; n < 2_000; n++) {
            String id = FILE.student(n).idNumber();
            ResidentIdNumber parsed = ResidentIdNumber.parse(id);
            assertThat(parsed.regionCode()).isEqualTo(StudentFile.COUNTY);
        }
    }

    @Test
    void aSeedGivesAnotherFileOfDistinctNumbers() {
        ResidentIds other = new ResidentIds(StudentFile.COUNTY, 7);
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < 50_000; n++) {
            seen.add(other.number(n));
        }
        assertThat(seen).hasSize(50_000);
        assertThat(other.number(0)).isNotEqualTo(new ResidentIds(StudentFile.COUNTY, 42).number(0));
    }

    @Test
    void moreRowsThanDistinctNumbersAreRefused() {
        assertThatThrownBy(() -> FILE.write(ImportKind.STUDENTS, FILE.capacity() + 1, Writer.nullWriter()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rowsAreRealTownshipsAndSchoolsOfTheCountyWithAGradeTheAgeGives() {
        RegionDirectory regions = RegionDirectory.loadBundled();
        Set<String> primary = codes(CountySchools.PRIMARY);
        Set<String> junior = codes(CountySchools.JUNIOR_SECONDARY);
        int enrolled = 0;
        for (int n = 0; n < 5_000; n++) {
            StudentFile.Student student = FILE.student(n);
            assertThat(student.countyCode()).isEqualTo(StudentFile.COUNTY);
            assertThat(regions.find(student.townshipCode())).hasValueSatisfying(region -> {
                assertThat(region.level()).isEqualTo(RegionLevel.TOWNSHIP);
                assertThat(region.parentCode()).isEqualTo(StudentFile.COUNTY);
            });
            assertThat(student.name()).matches("\\p{IsHan}{2,3}");
            assertThat(student.guardianName()).startsWith(student.name().substring(0, 1));
            LocalDate born = ResidentIds.birthDate(student.idNumber());
            // on 2026-11-23 a child born before September of year Y is in (national) grade 2026 - Y - 5
            int nationalGrade = 2026 - born.getYear() - (born.getMonthValue() < 9 ? 5 : 6);
            StudentFile.Enrolment enrolment = student.enrolment();
            if (nationalGrade < 1 || nationalGrade > 9) {
                assertThat(enrolment).isNull();
                continue;
            }
            enrolled++;
            if (nationalGrade <= 6) {
                assertThat(enrolment.stage()).isEqualTo(CountySchools.PRIMARY);
                assertThat(enrolment.grade()).isEqualTo(nationalGrade);
                assertThat(primary).contains(enrolment.schoolCode());
                assertThat(enrolment.enrolledOn()).isEqualTo(LocalDate.of(2026 - nationalGrade + 1, 9, 1));
            } else {
                assertThat(enrolment.stage()).isEqualTo(CountySchools.JUNIOR_SECONDARY);
                assertThat(enrolment.grade()).isEqualTo(nationalGrade - 6);
                assertThat(junior).contains(enrolment.schoolCode());
                assertThat(enrolment.enrolledOn()).isEqualTo(LocalDate.of(2026 - nationalGrade + 7, 9, 1));
            }
            assertThat(enrolment.enrolledOn()).isAfter(born).isBefore(REFERENCE_DATE);
            if (enrolment.boarding()) {
                assertThat(SCHOOLS.all()).filteredOn(school -> school.code().equals(enrolment.schoolCode()))
                        .singleElement().matches(CountySchools.School::boarding);
            }
        }
        assertThat(enrolled).isBetween(3_000, 4_000);
    }

    @Test
    void theStudentsFileHasTheImportsHeaderAndOneLinePerRow() throws IOException {
        Path file = directory.resolve("students.csv");

        long bytes = FILE.write(ImportKind.STUDENTS, 1_000, file);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(bytes).isEqualTo(Files.size(file));
        assertThat(lines).hasSize(1_001);
        assertThat(lines.get(0)).isEqualTo("idNumber,name,householdCountyCode,householdTownshipCode,guardianName,"
                + "registeredPoor,schoolCode,stage,grade,boarding,enrolledOn");
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> {
            assertThat(line.split(",", -1)).hasSize(11);
            assertThat(line.split(",", -1)[5]).isEqualTo("true");
        });
    }

    @Test
    void theRosterFileHoldsTheSameChildrenUnderTheRostersColumns() throws IOException {
        StringWriter students = new StringWriter();
        StringWriter roster = new StringWriter();

        FILE.write(ImportKind.STUDENTS, 100, students);
        FILE.write(ImportKind.ROSTER, 100, roster);

        List<String> rosterLines = roster.toString().lines().toList();
        assertThat(rosterLines.get(0)).isEqualTo("idNumber,name,countyCode,townshipCode");
        assertThat(rosterLines.subList(1, rosterLines.size()).stream().map(line -> line.split(",")[0]))
                .containsExactlyElementsOf(students.toString().lines().skip(1).map(line -> line.split(",")[0]).toList());
    }

    @Test
    void rowsAreStreamedEachComputedFromItsIndexAlone() throws IOException {
        // the writer sees each row as soon as it is made; what it gets equals the row computed on its own
        CountingWriter out = new CountingWriter();

        FILE.write(ImportKind.STUDENTS, ImportBenchmarkOptions.DEFAULT_ROWS, out);

        assertThat(out.lines).isEqualTo(ImportBenchmarkOptions.DEFAULT_ROWS + 1);
        assertThat(out.lastLine).isEqualTo(StudentFile.line(ImportKind.STUDENTS,
                FILE.student(ImportBenchmarkOptions.DEFAULT_ROWS - 1)));
        assertThat(FILE.student(123)).isEqualTo(FILE.student(123));
    }

    @Test
    void schoolsAreRegisteredAsPrimaryAndJuniorSecondarySchoolsOfTheCounty() {
        assertThat(SCHOOLS.all()).hasSize(100);
        assertThat(SCHOOLS.all().stream().map(CountySchools.School::code).collect(Collectors.toSet())).hasSize(100);
        assertThat(SCHOOLS.all()).allSatisfy(school -> {
            var body = SCHOOLS.registration(school);
            assertThat(body.get("schoolCode").toString()).matches("\\d{10}");
            assertThat(body.get("countyCode")).isEqualTo(StudentFile.COUNTY);
            assertThat(body.get("kind")).isIn(CountySchools.PRIMARY, CountySchools.JUNIOR_SECONDARY);
            assertThat(body.get("name").toString()).startsWith(StudentFile.COUNTY_NAME).hasSizeLessThan(100);
        });
    }

    @Test
    void theRawBaselinesWriteAStudentSizedDocumentAndTheRelaysRecord() {
        StudentDocuments documents = new StudentDocuments();
        StudentFile.Student student = FILE.student(0);

        Document document = documents.document(student);

        assertThat(document.getString("_id")).isEqualTo(documents.studentId(student)).doesNotContain(student.idNumber());
        assertThat(document.toJson()).doesNotContain(student.idNumber()).doesNotContain(student.name());
        assertThat(documents.record("topic", student).headers().lastHeader("ce_type").value())
                .isEqualTo(ImportKind.STUDENTS.createdEventType().getBytes(StandardCharsets.UTF_8));
    }

    private static Set<String> codes(String kind) {
        return SCHOOLS.all().stream().filter(school -> school.kind().equals(kind)).map(CountySchools.School::code)
                .collect(Collectors.toSet());
    }

    /** Keeps nothing of what it is given but a count and the last line. */
    private static final class CountingWriter extends Writer {

        private final StringBuilder line = new StringBuilder();
        long lines;
        String lastLine;

        @Override
        public void write(char[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                    lastLine = line.toString();
                    line.setLength(0);
                } else {
                    line.append(buffer[i]);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
