package org.eduaid.systemtests.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eduaid.contracts.EventCatalog;
import org.eduaid.contracts.TopicSpec;
import org.eduaid.contracts.Topics;
import org.eduaid.contracts.access.KafkaAccessPolicy;
import org.eduaid.contracts.envelope.CloudEventHeaders;
import org.eduaid.kit.consumer.DeadLetterErrorHandling;
import org.eduaid.kit.privacy.ResidentIdRedactor;
import org.eduaid.launcher.EmbeddedPlatform;
import org.eduaid.launcher.PlatformApp;
import org.eduaid.launcher.PlatformSettings;
import org.eduaid.launcher.Ports;
import org.eduaid.launcher.RunningPlatform;
import org.eduaid.systemtests.RepositoryRoot;
import org.eduaid.systemtests.support.BrowserSession;
import org.eduaid.systemtests.support.ResidentIdNumbers;
import org.eduaid.testkit.KafkaTestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.jayway.jsonpath.JsonPath;

/**
 * The walking skeleton through everything: the launcher runs the real broker, the store, the
 * identity provider and the five apps from their built jars; a county officer signs in through the
 * gateway, and a school they register is stored by enrollment-service, published, copied by
 * subsidy-service and teacher-service and counted by reporting-service at county, city and province
 * level, as the platform admin sees nationwide.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformEndToEndTest {

    /** A valid number (check character and all) of a child born in Linxi in 2012. */
    private static final String CHILD_ID_NUMBER = "150424201203151236";
    private static final String LINXI = "150424";
    /** The demo clerk's school (clerk.linxi), registered by the students' tests. */
    private static final String LINXI_SCHOOL = "1150424001";
    /** The default catalogue's living allowance for boarders of families in difficulty (家庭经济困难寄宿生生活补助). */
    private static final String BOARDING_ALLOWANCE = "BOARDING_LIVING_ALLOWANCE";
    /** After the tests without an order, which count Linxi's schools before another is registered. */
    private static final int AFTER_THE_SCHOOL_TESTS = Order.DEFAULT + 1;
    /** Six JVMs share two cores: an event may take a while to go round. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dataDir;

    private static RunningPlatform platform;
    /** Signed in on first use, so that a test needing no one does not depend on the login. */
    private static BrowserSession linxiOfficer;
    private static BrowserSession platformAdmin;
    private static BrowserSession chifengOfficer;
    private static boolean linxiSchoolRegistered;

    @BeforeAll
    static void startPlatform() {
        PlatformSettings fromEnvironment = PlatformSettings.fromEnvironment();
        // at least three minutes; a loaded machine may give more through EDUAID_STARTUP_TIMEOUT
        Duration startupTimeout = fromEnvironment.startupTimeout().compareTo(Duration.ofMinutes(3)) > 0
                ? fromEnvironment.startupTimeout() : Duration.ofMinutes(3);
        PlatformSettings settings = fromEnvironment
                .withHome(RepositoryRoot.find())
                .withDataDir(dataDir)
                .withKafkaPort(Ports.findFree())
                .withMongoPort(Ports.findFree())
                .withStartupTimeout(startupTimeout)
                // notices of no working days, so one test can take aid from eligibility to the bank
                .withServiceJavaOpts(withOption(fromEnvironment.serviceJavaOpts(), "-Deduaid.notices.working-days=0"));
        for (PlatformApp app : PlatformApp.values()) {
            settings = settings.withAppPort(app, Ports.findFree());
        }
        platform = EmbeddedPlatform.start(settings);
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aSchoolRegisteredThroughTheGatewayReachesEveryService() throws Exception {
        HttpResponse<String> created = linxiOfficer().postJson("/api/enrollment/schools", """
                {"schoolCode":"2150042401","name":"林西县统部镇中心小学","countyCode":"150424",
                 "kind":"PRIMARY","locality":"RURAL","boarding":true}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("X-Correlation-Id")).isPresent();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(status("/api/subsidies/schools/2150042401")).isEqualTo(200);
            assertThat(status("/api/teachers/schools/2150042401")).isEqualTo(200);
            assertThat(schoolsIn("150424")).isEqualTo(1);
        });
        assertThat(JsonPath.<Boolean>read(linxiOfficer().get("/api/teachers/schools/2150042401").body(), "$.rural")).isTrue();
        assertThat(JsonPath.<String>read(linxiOfficer().get("/api/subsidies/schools/2150042401").body(), "$.countyCode"))
                .isEqualTo("150424");
        assertThat(schoolsIn("1504")).isEqualTo(1);
        assertThat(schoolsIn("15")).isEqualTo(1);
        assertThat(schoolsIn("54")).isZero();
    }

    @Test
    void theCallersTraceContinuesThroughTheGatewayAndTheServiceIntoTheEvent() throws Exception {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        HttpResponse<String> created = platformAdmin().postJson("/api/enrollment/schools", """
                {"schoolCode":"1150101001","name":"东城区第一小学","countyCode":"110101","kind":"PRIMARY",
                 "locality":"URBAN"}""", "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        try (KafkaTestClient kafka = new KafkaTestClient(platform.kafkaClientProperties(KafkaAccessPolicy.ADMIN))) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                    kafka.readAll(Topics.ENROLLMENT_SCHOOLS, Duration.ofSeconds(2)).stream()
                            .filter(record -> "1150101001".equals(record.key()))
                            .map(record -> KafkaTestClient.header(record, "traceparent")))
                    .singleElement().asString().startsWith("00-" + traceId + "-"));
        }
    }

    @Test
    void badInputThroughTheGatewayIsAProblemAndNothingReachesTheOtherServices() throws Exception {
        HttpResponse<String> rejected = linxiOfficer().postJson("/api/enrollment/schools", """
                {"schoolCode":"21500424019","name":"十一位代码","countyCode":"150424","kind":"PRIMARY","locality":"RURAL"}""");

        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(rejected.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(JsonPath.<String>read(rejected.body(), "$.errors[0].field")).isEqualTo("schoolCode");
        assertThat(linxiOfficer().get("/api/enrollment/schools/2150042401".replace("2401", "2409")).statusCode()).isEqualTo(404);
    }

    @Test
    void anApiCallWithoutASessionIsAnsweredWithA401ProblemNotARedirect() throws Exception {
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(gateway("/api/enrollment/schools/2150042401"))
                .timeout(Duration.ofSeconds(10)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(JsonPath.<Integer>read(anonymous.body(), "$.status")).isEqualTo(401);
    }

    @Test
    void meShowsWhoIsSignedInWithTheRoleAndRegionTheProviderVouchedFor() throws Exception {
        HttpResponse<String> me = linxiOfficer().get("/api/me");

        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(JsonPath.<String>read(me.body(), "$.role")).isEqualTo("COUNTY_OFFICER");
        assertThat(JsonPath.<String>read(me.body(), "$.region")).isEqualTo("150424");
        assertThat(JsonPath.<String>read(me.body(), "$.name")).isEqualTo("林西县教育局");
    }

    /** Apart from the launcher's own "==== started" marker, every line an app writes is a JSON log event. */
    @Test
    void everyServiceAndTheIdentityProviderLogStructuredJson() throws IOException {
        try (Stream<Path> logs = Files.list(platform.logDir())) {
            List<Path> appLogs = logs.filter(path -> path.getFileName().toString().endsWith("-service.log")
                    || path.getFileName().toString().equals("identity-provider.log")).toList();
            assertThat(appLogs).hasSize(5);
            for (Path log : appLogs) {
                assertThat(Files.readAllLines(log)).as(log.toString()).isNotEmpty()
                        .filteredOn(line -> !line.isBlank() && !line.startsWith("==== ")).allSatisfy(line -> assertThat(line).startsWith("{"));
            }
        }
    }

    @Test
    void aResidentIdNumberInAUrlIsRefusedWhoeverAsks() throws Exception {
        HttpResponse<String> refused = linxiOfficer().get("/api/enrollment/schools/" + CHILD_ID_NUMBER);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).doesNotContain(CHILD_ID_NUMBER).contains("\"field\":\"url\"");
    }

    @Test
    void anIdNumberTypedAsAUserNameSignsNobodyIn() {
        assertThatThrownBy(() -> BrowserSession.signIn(platform.gatewayUrl(), CHILD_ID_NUMBER, "123456"))
                .isInstanceOf(IllegalStateException.class);
    }

    /** The students, household-flag, import and dropout tests run after the school tests above, whose county counts they would change. */
    @Test
    @Order(AFTER_THE_SCHOOL_TESTS)
    void aCountyOfficerRegistersAndEnrolsAStudentWhoseIdNumberIsOnlyEverShownMasked() throws Exception {
        String idNumber = ResidentIdNumbers.childAged(LINXI, 9);
        String studentId = registerStudent(idNumber, "巴特尔");

        HttpResponse<String> list = linxiOfficer().get("/api/enrollment/students?countyCode=" + LINXI + "&size=200");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(idNumber).doesNotContain(idNumber.substring(6, 14));
        assertThat(JsonPath.<List<String>>read(list.body(), "$.items[?(@.studentId == '" + studentId + "')].maskedIdNumber"))
                .containsExactly(ResidentIdNumbers.masked(idNumber));
        assertThat(JsonPath.<List<String>>read(list.body(), "$.items[?(@.studentId == '" + studentId + "')].schoolCode"))
                .containsExactly(LINXI_SCHOOL);

        try (KafkaTestClient kafka = new KafkaTestClient(platform.kafkaClientProperties(KafkaAccessPolicy.ADMIN))) {
            List<ConsumerRecord<String, byte[]>> events = await().atMost(PATIENCE)
                    .until(() -> eventsKeyed(kafka, Topics.ENROLLMENT_STUDENTS, studentId), found -> found.size() >= 2);
            assertThat(events).extracting(event -> KafkaTestClient.header(event, CloudEventHeaders.TYPE))
                    .containsExactly("eduaid.enrollment.StudentRegistered.v1", "eduaid.enrollment.StudentEnrolled.v1");
            assertThat(events).allSatisfy(event -> assertThat(new String(event.value(), StandardCharsets.UTF_8))
                    .contains(studentId).doesNotContain(idNumber));
        }
    }

    /**
     * The poverty registry publishes under its own Kafka principal, as its system would with kcat: a
     * CloudEvents record in binary mode keyed by its own record id. The student's flag follows; a record
     * with a mistyped ID number is dead-lettered with a reason that does not repeat the number.
     */
    @Test
    @Order(AFTER_THE_SCHOOL_TESTS + 1)
    void thePovertyRegistryFlagsAStudentThroughItsOwnTopicAndAMalformedRecordIsDeadLettered() throws Exception {
        String idNumber = ResidentIdNumbers.childAged(LINXI, 11);
        String studentId = registerStudent(idNumber, "其其格");
        String recordId = "PR-" + UUID.randomUUID();
        String mistyped = ResidentIdNumbers.withWrongCheckCharacter(ResidentIdNumbers.childAged(LINXI, 12));
        String malformedId = "PR-" + UUID.randomUUID();

        try (KafkaTestClient povertyRegistry = new KafkaTestClient(platform.kafkaClientProperties("poverty-registry"))) {
            povertyRegistry.send(inboundRecord(Topics.INBOUND_POVERTY_REGISTRY, "poverty-registry",
                    "gov.poverty-registry.PovertyStatusChanged.v1", recordId, """
                    {"idNumber":"%s","name":"其其格","householdNumber":"HH-150424-000777","countyCode":"150424",
                     "status":"REGISTERED","effectiveOn":"2024-03-01"}""".formatted(idNumber)));
            povertyRegistry.send(inboundRecord(Topics.INBOUND_POVERTY_REGISTRY, "poverty-registry",
                    "gov.poverty-registry.PovertyStatusChanged.v1", malformedId, """
                    {"idNumber":"%s","name":"王小明","householdNumber":"HH-150424-000778","countyCode":"150424",
                     "status":"REGISTERED","effectiveOn":"2024-03-01"}""".formatted(mistyped)));
        }

        await().atMost(PATIENCE).untilAsserted(() -> {
            HttpResponse<String> student = linxiOfficer().get("/api/enrollment/students/" + studentId);
            assertThat(student.statusCode()).as(student.body()).isEqualTo(200);
            assertThat(JsonPath.<Boolean>read(student.body(), "$.flags.registeredPoor")).isTrue();
            assertThat(JsonPath.<String>read(student.body(), "$.flagProvenance.REGISTERED_POOR.source"))
                    .isEqualTo("poverty-registry");
        });
        HttpResponse<String> sources = linxiOfficer().get("/api/enrollment/household-flags/" + studentId);
        assertThat(sources.statusCode()).as(sources.body()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(sources.body(), "$.flags[?(@.flag == 'REGISTERED_POOR')].source"))
                .containsExactly("poverty-registry");
        assertThat(sources.body()).doesNotContain(idNumber);

        try (KafkaTestClient kafka = new KafkaTestClient(platform.kafkaClientProperties(KafkaAccessPolicy.ADMIN))) {
            ConsumerRecord<String, byte[]> flagsChanged = await().atMost(PATIENCE)
                    .until(() -> eventsKeyed(kafka, Topics.ENROLLMENT_STUDENTS, studentId).stream()
                            .filter(event -> "eduaid.enrollment.StudentFlagsChanged.v1"
                                    .equals(KafkaTestClient.header(event, CloudEventHeaders.TYPE)))
                            .findFirst(), Optional::isPresent)
                    .orElseThrow();
            assertThat(JsonPath.<String>read(new String(flagsChanged.value(), StandardCharsets.UTF_8), "$.source"))
                    .isEqualTo("poverty-registry");
            assertThat(JsonPath.<List<String>>read(new String(flagsChanged.value(), StandardCharsets.UTF_8), "$.changed"))
                    .contains("REGISTERED_POOR");

            String deadLetters = Topics.deadLetterTopic(Topics.INBOUND_POVERTY_REGISTRY, "enrollment-poverty-flags");
            ConsumerRecord<String, byte[]> deadLetter = await().atMost(PATIENCE)
                    .until(() -> eventsKeyed(kafka, deadLetters, malformedId), found -> !found.isEmpty()).get(0);
            String reason = KafkaTestClient.header(deadLetter, DeadLetterErrorHandling.REASON_HEADER);
            assertThat(reason).startsWith("PovertyStatusChanged.idNumber has a check character that does not match")
                    .doesNotContain(mistyped).doesNotContain(mistyped.substring(0, 17));
            assertThat(eventsKeyed(kafka, deadLetters, recordId)).isEmpty();
        }
    }

    /** A county's file through the gateway's import route: the good rows applied, the bad one reported, a re-run changes nothing. */
    @Test
    @Order(AFTER_THE_SCHOOL_TESTS + 2)
    void aCountyOfficerImportsACsvFileAndGetsTheBadRowBackInTheErrorReport() throws Exception {
        ensureLinxiSchool();
        String mistyped = ResidentIdNumbers.withWrongCheckCharacter(ResidentIdNumbers.childAged(LINXI, 10));
        byte[] csv = ("身份证号,姓名,户籍县,乡镇,建档立卡,学校标识码,学段,年级\r\n"
                + ResidentIdNumbers.childAged(LINXI, 9) + ",张三,150424,150424100,是," + LINXI_SCHOOL + ",小学,3\r\n"
                + ResidentIdNumbers.childAged(LINXI, 13) + ",\"欧阳,娜娜\",150424,,否,,,\r\n"
                + ResidentIdNumbers.childAged(LINXI, 7) + ",李春燕,150424,,否,,,\r\n"
                + mistyped + ",赵六,150424,,否,,,\r\n").getBytes(StandardCharsets.UTF_8);

        String first = importStudents(csv);
        HttpResponse<String> job = finishedImport(first);
        assertThat(status(job)).as(job.body()).isEqualTo("COMPLETED");
        assertThat(counts(job)).containsExactly(4L, 3L, 0L, 0L, 1L);

        HttpResponse<String> errors = linxiOfficer().get("/api/enrollment/imports/" + first + "/errors");
        assertThat(errors.statusCode()).as(errors.body()).isEqualTo(200);
        assertThat(errors.body().lines().skip(1))
                .containsExactly("5,身份证号,has a check character that does not match; a digit was probably mistyped");
        assertThat(errors.body()).doesNotContain(mistyped).doesNotContain("赵六");

        String again = importStudents(csv);
        HttpResponse<String> rerun = finishedImport(again);
        assertThat(status(rerun)).as(rerun.body()).isEqualTo("COMPLETED");
        assertThat(counts(rerun)).containsExactly(4L, 0L, 0L, 3L, 1L);
    }

    /**
     * 控辍保学 end to end: the population registry reports a birth, the county's comparison finds the
     * child of school age without an enrolment, and the officer verifies the case and starts persuasion.
     */
    @Test
    @Order(AFTER_THE_SCHOOL_TESTS + 3)
    void aChildOnThePopulationRosterWithoutAnEnrolmentBecomesACaseThatIsVerifiedAndPersuaded() throws Exception {
        String idNumber = ResidentIdNumbers.childAged(LINXI, 10);
        LocalDate born = LocalDate.parse(idNumber.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
        try (KafkaTestClient populationRegistry = new KafkaTestClient(platform.kafkaClientProperties("population-registry"))) {
            populationRegistry.send(inboundRecord(Topics.INBOUND_POPULATION_REGISTRY, "population-registry",
                    "gov.population-registry.BirthRegistered.v1", "hj-" + UUID.randomUUID(), """
                    {"idNumber":"%s","name":"扎西顿珠","countyCode":"150424","townshipCode":"150424100","villageCode":null,
                     "guardianName":"王建国","registeredOn":"%s"}""".formatted(idNumber, born.plusDays(3))));
        }
        String masked = ResidentIdNumbers.masked(idNumber);
        String childId = await().atMost(PATIENCE).until(() -> {
            HttpResponse<String> roster = linxiOfficer().get("/api/enrollment/roster?countyCode=" + LINXI + "&size=200");
            assertThat(roster.statusCode()).as(roster.body()).isEqualTo(200);
            assertThat(roster.body()).doesNotContain(idNumber);
            List<String> ids = JsonPath.read(roster.body(), "$.children[?(@.idNumber == '" + masked + "')].childId");
            return ids.isEmpty() ? null : ids.get(0);
        }, Objects::nonNull);

        HttpResponse<String> started = linxiOfficer().postJson("/api/enrollment/roster/comparisons", """
                {"countyCode":"150424"}""");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String comparison = JsonPath.read(started.body(), "$.id");
        HttpResponse<String> done = await().atMost(PATIENCE)
                .until(() -> linxiOfficer().get("/api/enrollment/roster/comparisons/" + comparison),
                        response -> response.statusCode() == 200 && !"RUNNING".equals(status(response)));
        assertThat(status(done)).as(done.body()).isEqualTo("COMPLETED");
        assertThat(JsonPath.<Number>read(done.body(), "$.suspected").longValue()).isPositive();

        HttpResponse<String> ledger = await().atMost(PATIENCE)
                .until(() -> linxiOfficer().get("/api/enrollment/ledgers/suspected?countyCode=" + LINXI + "&size=200"),
                        response -> response.statusCode() == 200 && !JsonPath.<List<String>>read(response.body(),
                                "$.page.cases[?(@.childId == '" + childId + "')].caseId").isEmpty());
        assertThat(JsonPath.<Number>read(ledger.body(), "$.total").longValue()).isPositive();
        String caseId = JsonPath.<List<String>>read(ledger.body(), "$.page.cases[?(@.childId == '" + childId + "')].caseId").get(0);
        String path = "/api/enrollment/cases/" + caseId;

        HttpResponse<String> opened = linxiOfficer().get(path);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        assertThat(JsonPath.<String>read(opened.body(), "$.state")).isEqualTo("REPORTED");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        HttpResponse<String> verified = linxiOfficer().postJson(path + "/verification", """
                {"expectedVersion":%d,"visitedOn":"%s","visitors":["林西县教育局 李老师","统部镇 王干事"],"finding":"GENUINE",
                 "note":"入户核查：孩子在家"}""".formatted(version(opened), today.minusDays(1)));
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(JsonPath.<String>read(verified.body(), "$.state")).isEqualTo("VERIFIED_GENUINE");
        HttpResponse<String> persuading = linxiOfficer().postJson(path + "/persuasion", """
                {"expectedVersion":%d,"governmentOfficial":"赵永福","educationOfficial":"钱丽华","deadline":"%s"}"""
                .formatted(version(verified), today.plusDays(20)));
        assertThat(persuading.statusCode()).as(persuading.body()).isEqualTo(200);
        assertThat(JsonPath.<String>read(persuading.body(), "$.state")).isEqualTo("PERSUASION");
        assertThat(persuading.body()).doesNotContain(idNumber);

        try (KafkaTestClient kafka = new KafkaTestClient(platform.kafkaClientProperties(KafkaAccessPolicy.ADMIN))) {
            List<ConsumerRecord<String, byte[]>> events = await().atMost(PATIENCE)
                    .until(() -> eventsKeyed(kafka, Topics.ENROLLMENT_DROPOUT_CASES, caseId), found -> found.size() >= 3);
            assertThat(events).extracting(event -> KafkaTestClient.header(event, CloudEventHeaders.TYPE)).containsExactly(
                    "eduaid.enrollment.DropoutCaseOpened.v1", "eduaid.enrollment.DropoutCaseVerified.v1",
                    "eduaid.enrollment.DropoutCasePersuasionStarted.v1");
            assertThat(new String(events.get(0).value(), StandardCharsets.UTF_8)).contains(childId).doesNotContain(idNumber);
        }
    }

    /**
     * Student aid (应助尽助) through the gateway, as the officers would: a county officer enrols a boarder
     * of a 低保 family; the default catalogue finds the child eligible for the boarding living allowance
     * without anyone applying, the explanation shows masked facts only, the officer accepts the
     * automatic application and puts it on a public notice that shows no ID number; the city officer
     * sets the budget and the county creates, previews, seals (Idempotency-Key, a retry answered the same)
     * and releases the term's batch. A notice cannot close before its working days are over
     * (NOTICE_WORKING_DAYS is 1 to 60 and the day it goes up does not count), so within one run the
     * application stays on notice: the batch pays nobody, no payment event or ledger entry appears for
     * the child, and the gap list says why — ON_NOTICE.
     */
    @Test
    @Order(AFTER_THE_SCHOOL_TESTS + 4)
    void aBoarderOfADibaoFamilyIsFoundEligibleApprovedAfterTheNoticeAndPaidOnceWhileTheGapListSaysWhy()
            throws Exception {
        String idNumber = ResidentIdNumbers.childAged(LINXI, 10);
        String birthDate = idNumber.substring(6, 14);
        String masked = ResidentIdNumbers.masked(idNumber);
        String studentId = registerStudent(idNumber, "乌日娜", "{\"dibao\":true}", true);

        HttpResponse<String> explained = await().atMost(PATIENCE).until(
                () -> linxiOfficer().get("/api/subsidies/students/" + studentId + "/eligibility"),
                response -> response.statusCode() == 200 && JsonPath.<List<Boolean>>read(response.body(),
                        "$.programmes[?(@.programmeCode == '" + BOARDING_ALLOWANCE + "')].eligible").contains(true));
        assertThat(explained.body()).doesNotContain(idNumber).doesNotContain(birthDate).doesNotContain("乌日娜");
        assertThat(JsonPath.<String>read(explained.body(), "$.maskedIdNumber")).isEqualTo(masked);
        assertThat(JsonPath.<List<String>>read(explained.body(), "$.facts.flags")).contains("DIBAO");
        assertThat(JsonPath.<Boolean>read(explained.body(), "$.facts.enrolment.boarding")).isTrue();
        assertThat(JsonPath.<List<String>>read(explained.body(),
                "$.programmes[?(@.programmeCode == '" + BOARDING_ALLOWANCE + "')].ruleCode"))
                .containsExactly("BOARDER_IN_DIFFICULTY");

        // on the county's list without anyone applying
        String listPath = "/api/subsidies/applications?countyCode=" + LINXI + "&programmeCode=" + BOARDING_ALLOWANCE
                + "&size=200";
        HttpResponse<String> listed = await().atMost(PATIENCE).until(() -> linxiOfficer().get(listPath),
                response -> response.statusCode() == 200 && !applicationsOf(response, studentId).isEmpty());
        assertThat(listed.body()).doesNotContain(idNumber);
        Map<String, Object> application = applicationsOf(listed, studentId).get(0);
        assertThat(application).containsEntry("state", "SUBMITTED").containsEntry("origin", "AUTOMATIC")
                .containsEntry("maskedIdNumber", masked).containsEntry("ruleCode", "BOARDER_IN_DIFFICULTY")
                .containsEntry("schoolCode", LINXI_SCHOOL);
        String applicationId = (String) application.get("applicationId");
        String schoolYear = (String) application.get("schoolYear");

        String gapsPath = "/api/subsidies/gaps?countyCode=" + LINXI + "&size=500";
        HttpResponse<String> notReviewed = linxiOfficer().get(gapsPath);
        assertThat(notReviewed.statusCode()).as(notReviewed.body()).isEqualTo(200);
        assertThat(gapsOf(notReviewed, studentId, "reason")).containsExactly("NOT_REVIEWED");
        String term = JsonPath.read(notReviewed.body(), "$.term");
        assertThat(term).startsWith(schoolYear + "-");
        String paymentId = gapsOf(notReviewed, studentId, "paymentId").get(0);

        HttpResponse<String> reviewed = linxiOfficer().postJson("/api/subsidies/applications/" + applicationId + "/review",
                """
                {"accepted":true,"note":"低保户寄宿生，材料齐全","expectedVersion":%d}"""
                        .formatted(((Number) application.get("version")).longValue()));
        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
        assertThat(JsonPath.<String>read(reviewed.body(), "$.state")).isEqualTo("ACCEPTED");

        // the public notice: masked names and schools, no ID number at all; the platform under test
        // runs notices of no working days (see startPlatform), so it may close today
        HttpResponse<String> published = linxiOfficer().postJson("/api/subsidies/notices", """
                {"countyCode":"%s","programmeCode":"%s","schoolYear":"%s"}""".formatted(LINXI, BOARDING_ALLOWANCE, schoolYear));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        assertThat(JsonPath.<String>read(published.body(), "$.state")).isEqualTo("PUBLISHED");
        String noticeId = JsonPath.read(published.body(), "$.noticeId");
        assertThat(gapsOf(linxiOfficer().get(gapsPath), studentId, "reason")).containsExactly("ON_NOTICE");

        HttpResponse<String> entries = linxiOfficer().get("/api/subsidies/notices/" + noticeId + "/entries?size=500");
        assertThat(entries.statusCode()).as(entries.body()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(entries.body(),
                "$.entries[?(@.applicationId == '" + applicationId + "')].schoolName")).containsExactly("林西县第一小学");
        assertThat(entries.body()).doesNotContain(idNumber).doesNotContain(masked).doesNotContain(birthDate)
                .doesNotContain("乌日娜").doesNotContainIgnoringCase("idNumber");

        HttpResponse<String> closed = linxiOfficer().postJson("/api/subsidies/notices/" + noticeId + "/closure", "{}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> linxiOfficer().get("/api/subsidies/applications/" + applicationId),
                response -> response.statusCode() == 200
                        && "APPROVED".equals(JsonPath.read(response.body(), "$.state")));
        assertThat(linxiOfficer().get("/api/subsidies/notices/" + noticeId + "/entries").statusCode()).isEqualTo(410);
        assertThat(gapsOf(linxiOfficer().get(gapsPath), studentId, "reason")).containsExactly("NOT_IN_BATCH");

        // the budget: the city's to set, not the county's
        String budgetPath = "/api/subsidies/budgets/" + LINXI + "/" + BOARDING_ALLOWANCE + "/" + budgetYearOf(term);
        String allocation = """
                {"allocatedFen":10000000,"centralFen":5000000,"provincialFen":3000000,"countyFen":2000000}""";
        assertThat(linxiOfficer().putJson(budgetPath, allocation).statusCode()).isEqualTo(403);
        HttpResponse<String> budget = chifengOfficer().putJson(budgetPath, allocation);
        assertThat(budget.statusCode()).as(budget.body()).isEqualTo(200);
        assertThat(JsonPath.<Number>read(budget.body(), "$.remainingFen").longValue()).isEqualTo(10_000_000L);
        String budgetId = JsonPath.read(budget.body(), "$.budgetId");

        // the term's batch: created, previewed, sealed once whatever the retries, released, paid
        HttpResponse<String> created = linxiOfficer().postJson("/api/subsidies/batches", """
                {"countyCode":"%s","programmeCode":"%s","term":"%s"}""".formatted(LINXI, BOARDING_ALLOWANCE, term));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(JsonPath.<String>read(created.body(), "$.state")).isEqualTo("DRAFT");
        String batchId = JsonPath.read(created.body(), "$.batchId");
        String batchPath = "/api/subsidies/batches/" + batchId;

        HttpResponse<String> preview = linxiOfficer().get(batchPath + "/preview");
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(JsonPath.<Integer>read(preview.body(), "$.payments")).isEqualTo(1);
        assertThat(JsonPath.<String>read(preview.body(), "$.budgetId")).isEqualTo(budgetId);
        assertThat(JsonPath.<Boolean>read(preview.body(), "$.budgetSuffices")).isTrue();
        assertThat(preview.body()).doesNotContain(idNumber);
        String seal = """
                {"expectedVersion":%d}""".formatted(version(preview));

        HttpResponse<String> keyless = linxiOfficer().postJson(batchPath + "/seal", seal);
        assertThat(keyless.statusCode()).as(keyless.body()).isEqualTo(400);
        assertThat(JsonPath.<String>read(keyless.body(), "$.errors[0].field")).isEqualTo("Idempotency-Key");
        String sealKey = UUID.randomUUID().toString();
        HttpResponse<String> sealed = linxiOfficer().postJson(batchPath + "/seal", seal, "Idempotency-Key", sealKey);
        assertThat(sealed.statusCode()).as(sealed.body()).isEqualTo(200);
        assertThat(JsonPath.<String>read(sealed.body(), "$.state")).isEqualTo("SEALED");
        assertThat(JsonPath.<Integer>read(sealed.body(), "$.payments")).isEqualTo(1);
        HttpResponse<String> retried = linxiOfficer().postJson(batchPath + "/seal", seal, "Idempotency-Key", sealKey);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(JsonPath.<Map<String, Object>>read(retried.body(), "$"))
                .isEqualTo(JsonPath.<Map<String, Object>>read(sealed.body(), "$"));
        HttpResponse<String> reused = linxiOfficer().postJson(batchPath + "/seal", """
                {"expectedVersion":%d}""".formatted(version(preview) + 1), "Idempotency-Key", sealKey);
        assertThat(reused.statusCode()).as(reused.body()).isEqualTo(422);
        assertThat(gapsOf(linxiOfficer().get(gapsPath), studentId, "reason")).containsExactly("IN_PAYMENT");

        HttpResponse<String> released = linxiOfficer().postJson(batchPath + "/release", "{}", "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
        assertThat(JsonPath.<String>read(released.body(), "$.state")).isEqualTo("RELEASED");
        HttpResponse<String> paid = linxiOfficer().postJson(batchPath + "/results", """
                [{"paymentId":"%s","outcome":"DISBURSED","valueDate":"%s"}]""".formatted(paymentId,
                LocalDate.now(ZoneId.of("Asia/Shanghai"))), "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);

        // in the ledger, and off the county's to-do list
        HttpResponse<String> ledger = linxiOfficer().get("/api/subsidies/ledger?countyCode=" + LINXI + "&programmeCode="
                + BOARDING_ALLOWANCE + "&term=" + term + "&size=500");
        assertThat(ledger.statusCode()).as(ledger.body()).isEqualTo(200);
        assertThat(ledger.body()).doesNotContain(idNumber);
        HttpResponse<String> payment = linxiOfficer().get("/api/subsidies/payments/" + paymentId);
        assertThat(payment.statusCode()).as(payment.body()).isEqualTo(200);
        assertThat(JsonPath.<String>read(payment.body(), "$.state")).isEqualTo("DISBURSED");
        assertThat(gapsOf(linxiOfficer().get(gapsPath), studentId, "reason")).isEmpty();

        try (KafkaTestClient kafka = new KafkaTestClient(platform.kafkaClientProperties(KafkaAccessPolicy.ADMIN))) {
            await().atMost(PATIENCE).untilAsserted(() -> {
                assertThat(typesKeyed(kafka, Topics.SUBSIDY_ELIGIBILITY, studentId))
                        .contains("eduaid.subsidy.EligibilityDecided.v1");
                assertThat(typesKeyed(kafka, Topics.SUBSIDY_APPLICATIONS, applicationId)).containsExactly(
                        "eduaid.subsidy.AidApplicationSubmitted.v1", "eduaid.subsidy.AidApplicationReviewed.v1",
                        "eduaid.subsidy.AidApplicationApproved.v1");
                assertThat(typesKeyed(kafka, Topics.SUBSIDY_NOTICES, noticeId)).containsExactly(
                        "eduaid.subsidy.AidNoticePublished.v1", "eduaid.subsidy.AidNoticeClosed.v1");
                assertThat(typesKeyed(kafka, Topics.SUBSIDY_BUDGETS, budgetId))
                        .containsExactly("eduaid.subsidy.AidBudgetAllocated.v1");
                assertThat(typesKeyed(kafka, Topics.SUBSIDY_BATCHES, batchId)).containsExactly(
                        "eduaid.subsidy.DisbursementBatchSealed.v1", "eduaid.subsidy.DisbursementBatchReleased.v1");
                assertThat(typesKeyed(kafka, Topics.SUBSIDY_PAYMENTS, paymentId)).containsExactly(
                        "eduaid.subsidy.AidPaymentApproved.v1", "eduaid.subsidy.AidPaymentDisbursed.v1");
            });
        }
    }

    /**
     * A village teaching point registered in enrollment-service reaches teacher-service as a posting
     * school; a teacher with 21 years there is registered through the gateway (ID number masked), found
     * by the honours run, paid the village tier on the month's payroll once, and every step is an event.
     */
    @Test
    @Order(AFTER_THE_SCHOOL_TESTS + 5)
    void aRuralTeacherIsRegisteredHonouredForTwentyYearsAndPaidTheVillageAllowanceOnce() throws Exception {
        String school = "2150042477";
        HttpResponse<String> created = linxiOfficer().postJson("/api/enrollment/schools", """
                {"schoolCode":"%s","name":"林西县大井镇太平地教学点","countyCode":"150424","kind":"TEACHING_POINT","locality":"RURAL"}"""
                .formatted(school));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        await().atMost(PATIENCE).until(() -> status("/api/teachers/schools/" + school) == 200);

        String idNumber = ResidentIdNumbers.of(LINXI, LocalDate.of(1980, 3, 12), 417);
        HttpResponse<String> registered = linxiOfficer().postJson("/api/teachers/teachers", """
                {"idNumber":"%s","name":"白玉梅","subjects":["CHINESE","MATHEMATICS"],"title":"一级教师","postType":"REGULAR",
                 "postStartsOn":"2005-09-01","backbone":true,"history":[{"schoolCode":"%s","from":"2005-09-01"}]}"""
                .formatted(idNumber, school));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(registered.body()).doesNotContain(idNumber).doesNotContain("白玉梅")
                .contains(ResidentIdNumbers.masked(idNumber));
        String teacherId = JsonPath.read(registered.body(), "$.teacherId");
        assertThat(JsonPath.<Integer>read(registered.body(), "$.yearsInRuralSchools")).isGreaterThanOrEqualTo(21);

        int year = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        HttpResponse<String> honours = linxiOfficer().postJson("/api/teachers/honours/runs",
                "{\"regionCode\":\"150424\",\"year\":%d}".formatted(year));
        assertThat(honours.statusCode()).as(honours.body()).isEqualTo(200);
        HttpResponse<String> awarded = linxiOfficer().get("/api/teachers/honours?regionCode=150424&year=" + year);
        assertThat(JsonPath.<List<Integer>>read(awarded.body(), "$.honours[?(@.teacherId == '" + teacherId + "')].years"))
                .containsExactly(20);

        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(1).toString();
        String payrollBody = "{\"regionCode\":\"150424\",\"month\":\"%s\"}".formatted(month);
        for (String key : List.of("payroll-" + month + "-a", "payroll-" + month + "-b")) {
            HttpResponse<String> payroll = linxiOfficer().postJson("/api/teachers/allowances/payrolls", payrollBody,
                    "Idempotency-Key", key);
            assertThat(payroll.statusCode()).as(payroll.body()).isEqualTo(200);
        }
        HttpResponse<String> payments = linxiOfficer().get("/api/teachers/allowances/payrolls/150424~" + month + "/payments");
        assertThat(payments.statusCode()).as(payments.body()).isEqualTo(200);
        assertThat(JsonPath.<List<Integer>>read(payments.body(), "$.payments[?(@.teacherId == '" + teacherId + "')].amountFen"))
                .containsExactly(40_000);
        assertThat(JsonPath.<List<String>>read(payments.body(), "$.payments[?(@.teacherId == '" + teacherId + "')].tier"))
                .containsExactly("VILLAGE_SCHOOL");

        try (KafkaTestClient kafka = new KafkaTestClient(platform.kafkaClientProperties(KafkaAccessPolicy.ADMIN))) {
            await().atMost(PATIENCE).untilAsserted(() -> {
                assertThat(typesKeyed(kafka, Topics.TEACHER_TEACHERS, teacherId))
                        .containsExactly("eduaid.teacher.TeacherRegistered.v1");
                assertThat(typesKeyed(kafka, Topics.TEACHER_HONOURS, teacherId + "~20"))
                        .containsExactly("eduaid.teacher.RuralTeachingHonourAwarded.v1");
                assertThat(typesKeyed(kafka, Topics.TEACHER_ALLOWANCES, teacherId + "~" + month))
                        .containsExactly("eduaid.teacher.RuralAllowanceApproved.v1");
            });
        }
    }

    /**
     * Runs last: after everything above, which sent a child's ID number in a URL and as a user name,
     * no log line of any app or of the infrastructure, and no record on any topic, holds a valid one.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void noLogLineAndNoEventAnywhereHoldsAResidentIdNumber() throws IOException {
        try (Stream<Path> logs = Files.list(platform.logDir())) {
            for (Path log : logs.toList()) {
                assertThat(Files.readAllLines(log)).as(log.toString())
                        .noneMatch(ResidentIdRedactor::containsIdNumber);
            }
        }
        try (KafkaTestClient kafka = new KafkaTestClient(platform.kafkaClientProperties(KafkaAccessPolicy.ADMIN))) {
            for (TopicSpec topic : EventCatalog.TOPICS) {
                assertThat(kafka.readAll(topic.name(), Duration.ofSeconds(2))).as(topic.name())
                        .noneMatch(record -> ResidentIdRedactor.containsIdNumber(new String(record.value(), StandardCharsets.UTF_8)));
            }
        }
    }

    /** The county's school the students are enrolled at, registered once (not the schools the tests above count). */
    private static void ensureLinxiSchool() throws Exception {
        if (!linxiSchoolRegistered) {
            HttpResponse<String> created = linxiOfficer().postJson("/api/enrollment/schools", """
                    {"schoolCode":"%s","name":"林西县第一小学","countyCode":"150424","kind":"PRIMARY","locality":"URBAN"}"""
                    .formatted(LINXI_SCHOOL));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            linxiSchoolRegistered = true;
        }
    }

    /** Registers a left-behind child, a day pupil in grade 3 at the county's school; the student id. */
    private static String registerStudent(String idNumber, String name) throws Exception {
        return registerStudent(idNumber, name, "{\"leftBehind\":true}", false);
    }

    /** Registers a child with these household flags and an enrolment in grade 3 at the county's school; the student id. */
    private static String registerStudent(String idNumber, String name, String flags, boolean boarding) throws Exception {
        ensureLinxiSchool();
        HttpResponse<String> created = linxiOfficer().postJson("/api/enrollment/students", """
                {"idNumber":"%s","name":"%s","householdCountyCode":"150424","guardianName":"王秀英",
                 "flags":%s,
                 "enrolment":{"schoolCode":"%s","stage":"PRIMARY","grade":3,"boarding":%s,"enrolledOn":"2024-09-01"}}"""
                .formatted(idNumber, name, flags, LINXI_SCHOOL, boarding));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain(idNumber);
        assertThat(JsonPath.<String>read(created.body(), "$.maskedIdNumber")).isEqualTo(ResidentIdNumbers.masked(idNumber));
        return JsonPath.read(created.body(), "$.studentId");
    }

    private static String importStudents(byte[] csv) throws Exception {
        HttpResponse<String> accepted = linxiOfficer().postBody("/api/enrollment/imports/students?countyCode=" + LINXI,
                "text/csv", csv);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return JsonPath.read(accepted.body(), "$.importId");
    }

    private static HttpResponse<String> finishedImport(String importId) {
        return await().atMost(PATIENCE).until(() -> linxiOfficer().get("/api/enrollment/imports/" + importId),
                response -> response.statusCode() == 200
                        && ("COMPLETED".equals(status(response)) || "FAILED".equals(status(response))));
    }

    /** rows, created, updated, unchanged, rejected */
    private static List<Long> counts(HttpResponse<String> job) {
        return Stream.of("rows", "created", "updated", "unchanged", "rejected")
                .map(count -> JsonPath.<Number>read(job.body(), "$." + count).longValue()).toList();
    }

    private static String status(HttpResponse<String> response) {
        return JsonPath.read(response.body(), "$.status");
    }

    private static long version(HttpResponse<String> response) {
        return JsonPath.<Number>read(response.body(), "$.version").longValue();
    }

    /** An outside agency's record as its system publishes it: CloudEvents binary mode, keyed by its own record id. */
    private static ProducerRecord<String, byte[]> inboundRecord(String topic, String system, String type, String subject,
            String json) {
        RecordHeaders headers = new RecordHeaders();
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        attributes.put(CloudEventHeaders.ID, UUID.randomUUID().toString());
        attributes.put(CloudEventHeaders.TYPE, type);
        attributes.put(CloudEventHeaders.SOURCE, system);
        attributes.put(CloudEventHeaders.SUBJECT, subject);
        attributes.put(CloudEventHeaders.SEQUENCE, "1");
        attributes.put(CloudEventHeaders.TIME, Instant.now().toString());
        attributes.put("content-type", CloudEventHeaders.JSON);
        attributes.forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>(topic, null, subject, json.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** The county's applications of the student on a page of the list. */
    private static List<Map<String, Object>> applicationsOf(HttpResponse<String> list, String studentId) {
        return JsonPath.read(list.body(), "$.applications[?(@.studentId == '" + studentId + "')]");
    }

    /** A field of the student's rows on a page of the gap list. */
    private static List<String> gapsOf(HttpResponse<String> gaps, String studentId, String field) {
        assertThat(gaps.statusCode()).as(gaps.body()).isEqualTo(200);
        return JsonPath.read(gaps.body(), "$.gaps[?(@.studentId == '" + studentId + "')]." + field);
    }

    /** A term's money counts against the calendar year it starts in: autumn terms the school year's first, spring the next. */
    private static int budgetYearOf(String term) {
        int startYear = Integer.parseInt(term.substring(0, 4));
        return term.endsWith("-1") ? startYear : startYear + 1;
    }

    private static List<String> typesKeyed(KafkaTestClient kafka, String topic, String key) {
        return eventsKeyed(kafka, topic, key).stream().map(event -> KafkaTestClient.header(event, CloudEventHeaders.TYPE))
                .toList();
    }

    private static List<String> withOption(List<String> options, String option) {
        List<String> all = new ArrayList<>(options);
        all.add(option);
        return all;
    }

    private static List<ConsumerRecord<String, byte[]>> eventsKeyed(KafkaTestClient kafka, String topic, String key) {
        return kafka.readAll(topic, Duration.ofSeconds(2)).stream().filter(record -> key.equals(record.key()))
                .sorted(Comparator.comparingLong(ConsumerRecord::offset)).toList();
    }

    private static BrowserSession linxiOfficer() {
        if (linxiOfficer == null) {
            linxiOfficer = BrowserSession.signInAsDemo(platform.gatewayUrl(), "officer.linxi");
        }
        return linxiOfficer;
    }

    /** Nationwide: registers the Beijing school and reads the figures of every level, Tibet included. */
    private static BrowserSession platformAdmin() {
        if (platformAdmin == null) {
            platformAdmin = BrowserSession.signInAsDemo(platform.gatewayUrl(), "admin");
        }
        return platformAdmin;
    }

    /** The city's officer (赤峰市), who sets its counties' aid budgets. */
    private static BrowserSession chifengOfficer() {
        if (chifengOfficer == null) {
            chifengOfficer = BrowserSession.signInAsDemo(platform.gatewayUrl(), "officer.chifeng");
        }
        return chifengOfficer;
    }

    private static long schoolsIn(String region) throws Exception {
        HttpResponse<String> report = platformAdmin().get("/api/reports/schools?region=" + region);
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        return JsonPath.<Number>read(report.body(), "$.schools").longValue();
    }

    private static int status(String path) throws Exception {
        return linxiOfficer().get(path).statusCode();
    }

    private static URI gateway(String path) {
        return platform.gatewayUrl().resolve(path);
    }
}
