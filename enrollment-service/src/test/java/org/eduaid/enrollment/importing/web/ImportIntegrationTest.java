package org.eduaid.enrollment.importing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eduaid.enrollment.importing.ImportClient.count;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eduaid.enrollment.importing.IdNumbers;
import org.eduaid.enrollment.importing.ImportClient;
import org.eduaid.enrollment.school.SchoolMother;
import org.eduaid.testkit.EduAidServiceTest;
import org.eduaid.testkit.security.TestCallers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Files through the whole import: upload, background processing through the ports, status and error report. */
@EduAidServiceTest
class ImportIntegrationTest {

    private static final String STUDENTS = "/api/enrollment/imports/students?countyCode=150424";
    private static final String ROSTER = "/api/enrollment/imports/roster?countyCode=150424";
    private static final String HEADER = "身份证号,姓名,户籍县,乡镇,建档立卡,学校标识码,学段,年级\r\n";

    @Autowired
    WebTestClient anonymous;

    private WebTestClient web;
    private ImportClient imports;

    /** A registered school in Linxi for the enrolments of the files: the real student store checks it exists. */
    private static String school;

    @BeforeEach
    void signIn() {
        web = TestCallers.countyOfficer("150424").signIn(anonymous);
        imports = new ImportClient(web);
        if (school == null) {
            school = SchoolMother.freshSchoolCode();
            web.post().uri("/api/enrollment/schools").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(SchoolMother.linxiPrimary(school)).exchange().expectStatus().isCreated();
        }
    }

    @Test
    void aCsvWithBadRowsAppliesTheGoodOnesAndReportsExactlyTheBadOnes() {
        String good1 = IdNumbers.fresh();
        String good2 = IdNumbers.fresh();
        String csv = HEADER
                + good1 + ",张三,150424,150424100,是," + school + ",小学,3\r\n"
                + "150424201301010012,李四,150424,,否,,,\r\n"
                + good2 + ",\"欧阳,娜娜\",150424,,否,,,\r\n"
                + "\r\n"
                + "150424130101001,王五,150424,,否,,,\r\n"
                + "1.50424E+17,赵六,150424,,否,,,\r\n"
                + IdNumbers.fresh() + ",钱七,159999,,否,,,\r\n"
                + IdNumbers.fresh() + ",孙八,150424,,也许,,,\r\n";

        String id = imports.upload(STUDENTS, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        Map<String, Object> job = imports.finished(id);

        assertThat(job.get("status")).isEqualTo("COMPLETED");
        assertThat(job.get("progress")).isEqualTo(100);
        assertThat(count(job, "rows")).isEqualTo(7);
        assertThat(count(job, "created")).isEqualTo(2);
        assertThat(count(job, "rejected")).isEqualTo(5);
        String report = imports.errorReport(id);
        assertThat(report).startsWith("\uFEFFrow,field,reason\r\n");
        assertThat(report.lines().skip(1)).containsExactly(
                "3,身份证号,has a check character that does not match; a digit was probably mistyped",
                "6,身份证号,15-digit ID numbers must be converted to 18 digits",
                "7,身份证号,the spreadsheet turned the ID number into a number; format the column as text",
                "8,户籍县,is not a county in the national division list",
                "9,建档立卡,must be 是 or 否 (also true/false or 1/0)");
        assertThat(report).doesNotContain("150424201301010012").doesNotContain("李四");
    }

    @Test
    void aGbkEncodedFileIsRecognisedWithoutACharset() {
        String csv = HEADER + IdNumbers.fresh() + ",欧阳娜娜,150424,150424101,是,,,\r\n";
        String id = imports.upload(STUDENTS, "text/csv", csv.getBytes(Charset.forName("GBK")));
        Map<String, Object> job = imports.finished(id);
        assertThat(count(job, "created")).isEqualTo(1);
        assertThat(count(job, "rejected")).isZero();
        assertThat((String) job.get("encoding")).startsWith("GB18030");
    }

    @Test
    void aDeclaredCharsetIsHonoured() {
        String csv = HEADER + IdNumbers.fresh() + ",欧阳娜娜,150424,,是,,,\r\n";
        String id = imports.upload(STUDENTS, "text/csv;charset=GBK", csv.getBytes(Charset.forName("GBK")));
        assertThat(count(imports.finished(id), "created")).isEqualTo(1);
    }

    @Test
    void aUtf8FileWithAByteOrderMarkReadsItsFirstHeader() {
        String csv = "\uFEFF" + HEADER + IdNumbers.fresh() + ",张三,150424,,否,,,\r\n";
        String id = imports.upload(STUDENTS, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        Map<String, Object> job = imports.finished(id);
        assertThat(count(job, "created")).isEqualTo(1);
        assertThat((String) job.get("encoding")).isEqualTo("UTF-8 (byte-order mark)");
    }

    @Test
    void ndjsonRowsUseTheEnglishNames() {
        String ndjson = """
                {"idNumber":"%s","name":"张三","householdCountyCode":"150424","registeredPoor":true,"schoolCode":"%s","stage":"PRIMARY","grade":2}
                {"idNumber":"%s","name":"李四","householdCountyCode":"150424","orphan":"是"}
                {"idNumber":"%s","name":"王五"
                """.formatted(IdNumbers.fresh(), school, IdNumbers.fresh(), IdNumbers.fresh());
        String id = imports.upload(STUDENTS, "application/x-ndjson", ndjson.getBytes(StandardCharsets.UTF_8));
        Map<String, Object> job = imports.finished(id);
        assertThat(count(job, "created")).isEqualTo(2);
        assertThat(imports.errorReport(id).lines().skip(1)).containsExactly("3,,the line is not valid JSON");
    }

    @Test
    void theSameChildTwiceInAFileIsAppliedOnceAndTheLaterRowRejected() {
        String child = IdNumbers.fresh();
        String csv = HEADER + child + ",张三,150424,,否,,,\r\n" + IdNumbers.fresh() + ",李四,150424,,否,,,\r\n"
                + child.replace('X', 'x') + ",张三,150424,,否,,,\r\n";
        String id = imports.upload(STUDENTS, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        Map<String, Object> job = imports.finished(id);
        assertThat(count(job, "created")).isEqualTo(2);
        assertThat(imports.errorReport(id).lines().skip(1))
                .containsExactly("4,身份证号,the same ID number is already in row 2 of this file");
    }

    @Test
    void theSameChildInASecondFileIsNotDuplicated() {
        String child = IdNumbers.fresh();
        imports.finished(imports.upload(STUDENTS, "text/csv", (HEADER + child + ",张三,150424,,否,,,\r\n").getBytes(StandardCharsets.UTF_8)));

        Map<String, Object> second = imports.finished(imports.upload(STUDENTS, "text/csv",
                (HEADER + IdNumbers.fresh() + ",李四,150424,,否,,,\r\n" + child + ",张三,150424,,否,,,\r\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(count(second, "created")).as("only the new child").isEqualTo(1);
        assertThat(count(second, "unchanged") + count(second, "rejected")).isEqualTo(1);
    }

    @Test
    void reRunningTheSameFileChangesNothing() {
        byte[] csv = (HEADER + IdNumbers.fresh() + ",张三,150424,150424100,是," + school + ",小学,3\r\n"
                + IdNumbers.fresh() + ",李四,150424,,否,,,\r\n" + "1.5E+17,王五,150424,,否,,,\r\n").getBytes(StandardCharsets.UTF_8);
        Map<String, Object> first = imports.finished(imports.upload(STUDENTS, "text/csv", csv));
        assertThat(count(first, "created")).isEqualTo(2);

        Map<String, Object> again = imports.finished(imports.upload(STUDENTS, "text/csv", csv));
        assertThat(count(again, "created")).isZero();
        assertThat(count(again, "updated")).isZero();
        assertThat(count(again, "unchanged")).isEqualTo(2);
        assertThat(count(again, "rejected")).isEqualTo(1);
    }

    @Test
    void aFileFarBeyondTheCodecLimitStreamsInAsItIsSent() {
        int rows = 20_000;
        // children born 2008 to mid-2009: no other test registers students of those years in the shared store
        // (theirs are born 2010 or later), so a row cannot meet another test's student
        long offset = java.util.concurrent.ThreadLocalRandom.current().nextLong(500_000);
        var buffers = org.springframework.core.io.buffer.DefaultDataBufferFactory.sharedInstance;
        reactor.core.publisher.Flux<org.springframework.core.io.buffer.DataBuffer> body = reactor.core.publisher.Flux.concat(
                reactor.core.publisher.Flux.just(buffers.wrap("idNumber,name,householdCountyCode\n".getBytes(StandardCharsets.UTF_8))),
                reactor.core.publisher.Flux.range(0, rows / 500).map(block -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < 500; i++) {
                        text.append(IdNumbers.nth(offset + block * 500L + i)).append(",学生,150424\n");
                    }
                    return buffers.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
                }));
        long started = System.nanoTime();
        String id = (String) web.post().uri(STUDENTS).contentType(MediaType.parseMediaType("text/csv"))
                .body(org.springframework.web.reactive.function.BodyInserters.fromDataBuffers(body)).exchange()
                .expectStatus().isAccepted()
                .expectBody(Map.class).returnResult().getResponseBody().get("importId");
        Map<String, Object> job = imports.finished(id);
        System.out.printf("end to end (provisional ports): %d rows in %.1f s%n", rows, (System.nanoTime() - started) / 1e9);

        assertThat(count(job, "fileBytes")).as("far beyond the 256 KB codec limit").isGreaterThan(512 * 1024);
        assertThat(count(job, "rows")).isEqualTo(rows);
        assertThat(count(job, "rejected")).as("rejected rows").isZero();
        assertThat(count(job, "created") + count(job, "unchanged")).isEqualTo(rows);
    }

    @Test
    void aRosterFileOfTheCounty() {
        String csv = "身份证号,姓名,县,乡镇,村\n" + IdNumbers.fresh() + ",张三,150424,150424100,150424100201\n"
                + IdNumbers.fresh() + ",李四,150425,,\n";
        String id = imports.upload(ROSTER, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        Map<String, Object> job = imports.finished(id);
        assertThat(job.get("kind")).isEqualTo("ROSTER");
        assertThat(count(job, "created")).isEqualTo(1);
        assertThat(imports.errorReport(id).lines().skip(1))
                .containsExactly("3,县,is not the county this roster is imported for (150424)");
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAtOnce() {
        web.post().uri(STUDENTS).contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue("姓名,户籍县\n张三,150424\n".getBytes(StandardCharsets.UTF_8)).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("file")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message).contains("身份证号/idNumber"));
    }

    @Test
    void otherMediaTypesAreRefused() {
        web.post().uri(STUDENTS).contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(415).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void eitherACountyOrASchoolMustBeNamed() {
        web.post().uri("/api/enrollment/imports/students").contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(HEADER.getBytes(StandardCharsets.UTF_8)).exchange().expectStatus().isBadRequest();
        web.post().uri("/api/enrollment/imports/students?countyCode=159999").contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(HEADER.getBytes(StandardCharsets.UTF_8)).exchange().expectStatus().isBadRequest();
    }

    @Test
    void theCountysImportsAreListedNewestFirst() {
        String id = imports.upload(STUDENTS, "text/csv", (HEADER + IdNumbers.fresh() + ",张三,150424,,否,,,\r\n").getBytes(StandardCharsets.UTF_8));
        web.get().uri("/api/enrollment/imports?countyCode=150424&size=5").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[0].importId").isEqualTo(id)
                .jsonPath("$.size").isEqualTo(5)
                .jsonPath("$.total").value(total -> assertThat(((Number) total).longValue()).isPositive());
    }

    @Test
    void anUnknownImportIsNotFound() {
        web.get().uri("/api/enrollment/imports/imp-000000000000000000000000").exchange().expectStatus().isNotFound();
        web.get().uri("/api/enrollment/imports/{id}", "{\"$ne\":null}").exchange().expectStatus().isNotFound();
    }
}
