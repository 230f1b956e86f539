package org.eduaid.benchmarks.subsidy;

import static org.eduaid.benchmarks.BenchmarkHttp.abbreviate;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.eduaid.benchmarks.BenchmarkFailure;
import org.eduaid.benchmarks.BenchmarkHttp;
import org.eduaid.benchmarks.RenewedToken;
import org.eduaid.testkit.security.TestCallers;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * subsidy-service's HTTP API as the benchmark calls it, and nothing else of the benchmark does:
 * every request path, JSON field and expected answer is here, each in one place, taken from the
 * shared plan (/work/wt/SUBSIDY-PLAN.md). Adjust them here when the merged API differs.
 *
 * <p>Callers: the catalogue and the budget as a province officer of the county's province, the
 * re-evaluation as the same province officer, everything of the county (review, notice, batch) as
 * the county's officer.
 */
final class SubsidyApi {

    // ---- paths -------------------------------------------------------------------------------
    static final String PROGRAMMES = "/api/subsidies/catalogue/programmes";
    static final String REEVALUATIONS = "/api/subsidies/eligibility/reevaluations";
    static final String APPLICATIONS = "/api/subsidies/applications";
    static final String BULK_REVIEW = "/api/subsidies/applications/reviews";
    static final String NOTICES = "/api/subsidies/notices";
    static final String NOTICE_CLOSURE = "/closure";
    static final String BATCHES = "/api/subsidies/batches";
    static final String BATCH_SEAL = "/seal";
    static final String BUDGETS = "/api/subsidies/budgets";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    // ---- fields of the answers ----------------------------------------------------------------
    /** Where the answer to the programme's definition names the re-evaluation it started. */
    static final String DEFINED_REEVALUATION_ID = "reevaluationId";
    /** Where the answer to a started re-evaluation, a notice or a batch names its id (tried in order). */
    static final List<String> ID_FIELDS = List.of("id", "runId", "noticeId", "batchId");
    static final String RUN_STATE = "state";
    static final String RUN_DONE = "DONE";
    static final String RUN_FAILED = "FAILED";
    static final String RUN_TOTAL = "total";
    static final String RUN_PROCESSED = "processed";
    static final String RUN_CHANGED = "changed";
    static final String RUN_FAILURE = "failure";
    static final String REVIEWED = "reviewed";
    static final String SKIPPED = "skipped";
    static final String LIST_TOTAL = "total";
    static final String NOTICE_STATE = "state";
    /** The notice states that mean "still at work": PUBLISHING and CLOSING (the service resumes them). */
    static final Set<String> NOTICE_BUSY = Set.of("PUBLISHING", "CLOSING");
    static final String NOTICE_CLOSED = "CLOSED";
    static final String BATCH_STATE = "state";
    static final String BATCH_VERSION = "version";
    static final String BATCH_PAYMENTS = "payments";
    static final String BATCH_HELD = "held";
    static final String BATCH_TOTAL_FEN = "totalFen";
    static final String BATCH_SEALING = "SEALING";
    static final String BATCH_SEALED = "SEALED";

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** A command over a county's 100,000 students may be answered only when it is done. */
    private static final Duration BULK_TIMEOUT = Duration.ofMinutes(30);

    private final URI baseUrl;
    private final BenchmarkHttp http = new BenchmarkHttp();
    private final JsonMapper json = http.json();
    private final Supplier<String> provinceOfficer;
    private final Supplier<String> countyOfficer;

    SubsidyApi(URI baseUrl, String countyCode) {
        this.baseUrl = baseUrl;
        this.provinceOfficer = new RenewedToken(() -> TestCallers.provinceOfficer(countyCode.substring(0, 2))
                .subject("benchmark-province-officer").encode());
        this.countyOfficer = new RenewedToken(() -> TestCallers.countyOfficer(countyCode)
                .subject("benchmark-county-officer").encode());
    }

    // ---- the catalogue change -------------------------------------------------------------------

    /**
     * Defines the programme; returns the id of the re-evaluation the change started, or {@code null}
     * when the answer names none (then {@link #startReevaluation} starts one).
     */
    String defineProgramme(Map<String, Object> definition) throws InterruptedException {
        JsonNode answer = send("define programme", provinceOfficer, "POST", PROGRAMMES, definition, null, REQUEST_TIMEOUT);
        String id = answer.path(DEFINED_REEVALUATION_ID).asString("");
        return id.isBlank() ? null : id;
    }

    /** {@code POST /programmes}: a boarding living allowance per term for the county's boarding poor. */
    static Map<String, Object> boardingAllowance(String code, String countyCode, LocalDate validFrom, long primaryFen,
            long juniorFen) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("code", "POOR-BOARDER");
        rule.put("description", "registered-poor boarding students of compulsory education in county " + countyCode);
        rule.put("anyOfFlags", List.of("REGISTERED_POOR"));
        rule.put("stages", List.of("PRIMARY", "JUNIOR_SECONDARY"));
        rule.put("boarding", true);
        rule.put("regionPrefixes", List.of(countyCode));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "寄宿生生活补助（县级标准，基准测试）");
        body.put("kind", "LIVING_ALLOWANCE");
        body.put("stages", List.of("PRIMARY", "JUNIOR_SECONDARY"));
        body.put("rules", List.of(rule));
        body.put("standards", List.of(standard("PRIMARY", countyCode, primaryFen, validFrom),
                standard("JUNIOR_SECONDARY", countyCode, juniorFen, validFrom)));
        body.put("shares", Map.of("centralPercent", 80, "provincialPercent", 10, "countyPercent", 10));
        body.put("validFrom", validFrom.toString());
        return body;
    }

    private static Map<String, Object> standard(String stage, String regionPrefix, long amountFen, LocalDate validFrom) {
        Map<String, Object> standard = new LinkedHashMap<>();
        standard.put("stage", stage);
        standard.put("regionPrefix", regionPrefix);
        standard.put("amountFen", amountFen);
        standard.put("unit", "TERM");
        standard.put("validFrom", validFrom.toString());
        return standard;
    }

    String startReevaluation(String reason) throws InterruptedException {
        HttpResponse<String> response = exchange("start re-evaluation", provinceOfficer, "POST", REEVALUATIONS,
                Map.of("reason", reason), null, REQUEST_TIMEOUT);
        return idOf("start re-evaluation", response);
    }

    Reevaluation reevaluation(String runId) throws InterruptedException {
        JsonNode run = send("re-evaluation", provinceOfficer, "GET", REEVALUATIONS + "/" + runId, null, null,
                REQUEST_TIMEOUT);
        return new Reevaluation(run.path(RUN_STATE).asString(""), run.path(RUN_TOTAL).asLong(-1),
                run.path(RUN_PROCESSED).asLong(-1), run.path(RUN_CHANGED).asLong(-1), run.path(RUN_FAILURE).asString(""));
    }

    // ---- budget, review, notice --------------------------------------------------------------

    /** Sets the county's budget for the programme and calendar year, 80/10/10 (a new budget: version 0). */
    void setBudget(String countyCode, String programmeCode, int year, long allocatedFen) throws InterruptedException {
        long central = allocatedFen * 80 / 100;
        long provincial = allocatedFen * 10 / 100;
        Map<String, Object> body = Map.of("allocatedFen", allocatedFen, "centralFen", central, "provincialFen",
                provincial, "countyFen", allocatedFen - central - provincial, "expectedVersion", 0);
        send("set budget", provinceOfficer, "PUT", BUDGETS + "/" + countyCode + "/" + programmeCode + "/" + year, body,
                null, REQUEST_TIMEOUT);
    }

    /** How many of the county's applications for the programme and school year are in {@code state}. */
    long applications(String countyCode, String programmeCode, String schoolYear, String state)
            throws InterruptedException {
        String query = "?countyCode=" + countyCode + "&programmeCode=" + encode(programmeCode) + "&schoolYear="
                + schoolYear + "&state=" + state + "&page=0&size=1";
        return send("list applications", countyOfficer, "GET", APPLICATIONS + query, null, null, REQUEST_TIMEOUT)
                .path(LIST_TOTAL).asLong(-1);
    }

    /** Accepts every submitted application of the county, programme and school year. */
    BulkReview acceptAll(String countyCode, String programmeCode, String schoolYear) throws InterruptedException {
        Map<String, Object> body = Map.of("countyCode", countyCode, "programmeCode", programmeCode, "schoolYear",
                schoolYear, "all", true, "accepted", true, "note", "benchmark: county review");
        JsonNode answer = send("bulk review", countyOfficer, "POST", BULK_REVIEW, body, null, BULK_TIMEOUT);
        return new BulkReview(answer.path(REVIEWED).asLong(-1), answer.path(SKIPPED).asLong(-1));
    }

    Notice publishNotice(String countyCode, String programmeCode, String schoolYear) throws InterruptedException {
        HttpResponse<String> response = exchange("publish notice", countyOfficer, "POST", NOTICES,
                Map.of("countyCode", countyCode, "programmeCode", programmeCode, "schoolYear", schoolYear), null,
                BULK_TIMEOUT);
        return new Notice(idOf("publish notice", response), json.readTree(response.body()).path(NOTICE_STATE).asString(""));
    }

    Notice notice(String noticeId) throws InterruptedException {
        JsonNode notice = send("notice", countyOfficer, "GET", NOTICES + "/" + noticeId, null, null, REQUEST_TIMEOUT);
        return new Notice(noticeId, notice.path(NOTICE_STATE).asString(""));
    }

    Notice closeNotice(String noticeId) throws InterruptedException {
        JsonNode notice = send("close notice", countyOfficer, "POST", NOTICES + "/" + noticeId + NOTICE_CLOSURE,
                Map.of(), null, BULK_TIMEOUT);
        return new Notice(noticeId, notice.path(NOTICE_STATE).asString(""));
    }

    // ---- the batch -------------------------------------------------------------------------------

    Batch createBatch(String countyCode, String programmeCode, String term) throws InterruptedException {
        HttpResponse<String> response = exchange("create batch", countyOfficer, "POST", BATCHES,
                Map.of("countyCode", countyCode, "programmeCode", programmeCode, "term", term), null, REQUEST_TIMEOUT);
        return batchOf(idOf("create batch", response), json.readTree(response.body()));
    }

    Batch batch(String batchId) throws InterruptedException {
        return batchOf(batchId, send("batch", countyOfficer, "GET", BATCHES + "/" + encode(batchId), null, null,
                REQUEST_TIMEOUT));
    }

    /** Seals the batch, once: a fresh Idempotency-Key per call. */
    Batch seal(Batch batch) throws InterruptedException {
        JsonNode answer = send("seal batch", countyOfficer, "POST", BATCHES + "/" + encode(batch.id()) + BATCH_SEAL,
                Map.of("expectedVersion", batch.version()), UUID.randomUUID().toString(), BULK_TIMEOUT);
        return batchOf(batch.id(), answer);
    }

    private Batch batchOf(String id, JsonNode batch) {
        return new Batch(id, batch.path(BATCH_STATE).asString(""), batch.path(BATCH_VERSION).asLong(0),
                batch.path(BATCH_PAYMENTS).asLong(-1), batch.path(BATCH_HELD).asLong(-1),
                batch.path(BATCH_TOTAL_FEN).asLong(-1));
    }

    // ---- plumbing ------------------------------------------------------------------------------

    /** The id an answer names: a field of its body ({@link #ID_FIELDS}) or the last segment of its Location. */
    String idOf(String what, HttpResponse<String> response) {
        return idOf(what, response.body(), response.headers().firstValue("Location").orElse(null));
    }

    String idOf(String what, String body, String location) {
        return http.idOf(body, location, ID_FIELDS).orElseThrow(() -> new BenchmarkFailure("the answer to '" + what
                + "' names no id (none of " + ID_FIELDS + ", no Location): " + abbreviate(body)));
    }

    private JsonNode send(String what, Supplier<String> token, String method, String path, Object body,
            String idempotencyKey, Duration timeout) throws InterruptedException {
        HttpResponse<String> response = exchange(what, token, method, path, body, idempotencyKey, timeout);
        return response.body() == null || response.body().isBlank() ? json.createObjectNode()
                : json.readTree(response.body());
    }

    /** One request; any answer but 2xx is a failure naming what was asked and what came back. */
    private HttpResponse<String> exchange(String what, Supplier<String> token, String method, String path, Object body,
            String idempotencyKey, Duration timeout) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUrl.resolve(path)).timeout(timeout)
                .header("Authorization", "Bearer " + token.get()).header("Accept", "application/json");
        if (idempotencyKey != null) {
            request.header(IDEMPOTENCY_KEY, idempotencyKey);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        HttpResponse<String> response = http.send(request.build(), what + ": " + method + " " + path);
        if (response.statusCode() / 100 != 2) {
            throw new BenchmarkFailure(what + ": " + method + " " + path + " was answered " + response.statusCode()
                    + ": " + abbreviate(response.body()));
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Where a re-evaluation run stands. */
    record Reevaluation(String state, long total, long processed, long changed, String failure) {

        boolean done() {
            return RUN_DONE.equals(state);
        }

        boolean failed() {
            return RUN_FAILED.equals(state);
        }
    }

    record BulkReview(long reviewed, long skipped) {
    }

    record Notice(String id, String state) {

        boolean busy() {
            return NOTICE_BUSY.contains(state);
        }

        boolean closed() {
            return NOTICE_CLOSED.equals(state);
        }
    }

    record Batch(String id, String state, long version, long payments, long held, long totalFen) {

        boolean sealing() {
            return BATCH_SEALING.equals(state);
        }

        boolean sealed() {
            return BATCH_SEALED.equals(state);
        }
    }
}
