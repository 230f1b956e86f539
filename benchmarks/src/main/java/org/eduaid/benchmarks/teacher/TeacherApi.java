package org.eduaid.benchmarks.teacher;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eduaid.benchmarks.BenchmarkFailure;
import org.eduaid.benchmarks.BenchmarkHttp;
import org.eduaid.testkit.security.TestCallers;
import org.eduaid.testkit.security.TestToken;

import tools.jackson.databind.JsonNode;

/** teacher-service's HTTP API as the benchmark calls it: each path and field in one place. */
final class TeacherApi {

    static final String IMPORTS = "/api/teachers/teachers/imports";
    static final String SCHOOL = "/api/teachers/schools/";
    static final String PLANS = "/api/teachers/rotation/plans";
    static final String PAYROLLS = "/api/teachers/allowances/payrolls";
    private static final Duration LONG_CALL = Duration.ofMinutes(30);

    private final URI service;
    private final BenchmarkHttp http = new BenchmarkHttp();

    TeacherApi(URI service) {
        this.service = service;
    }

    record Plan(int due, int rotating, boolean meetsTheRules) {
    }

    record Payroll(long teachersRead, long approved, long totalFen) {
    }

    boolean knowsSchool(String schoolCode) throws InterruptedException {
        HttpResponse<String> answer = http.send(get(SCHOOL + schoolCode, TestCallers.platformAdmin()), "reading a school");
        return answer.statusCode() == 200;
    }

    /** Registers the teachers (at most 1,000) in one request; returns how many were registered. */
    int register(List<Province.Teacher> teachers) throws InterruptedException {
        List<Map<String, Object>> rows = new ArrayList<>(teachers.size());
        for (Province.Teacher teacher : teachers) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("idNumber", teacher.idNumber());
            row.put("name", teacher.name());
            row.put("subjects", List.of(teacher.subject()));
            row.put("title", "一级教师");
            row.put("postType", "REGULAR");
            row.put("postStartsOn", teacher.since().toString());
            row.put("backbone", teacher.backbone());
            row.put("history", List.of(Map.of("schoolCode", teacher.school().code(), "from", teacher.since().toString())));
            rows.add(row);
        }
        JsonNode answer = post(IMPORTS, rows, TestCallers.platformAdmin(), null, "registering teachers");
        return answer.path("registered").asInt();
    }

    Plan propose(String countyCode, String schoolYear) throws InterruptedException {
        JsonNode plan = post(PLANS, Map.of("countyCode", countyCode, "schoolYear", schoolYear),
                TestCallers.countyOfficer(countyCode), null, "proposing the rotation plan of " + countyCode);
        return new Plan(plan.path("figures").path("due").asInt(), plan.path("figures").path("rotating").asInt(),
                plan.path("meetsTheRules").asBoolean());
    }

    Payroll payroll(String provinceCode, String month) throws InterruptedException {
        JsonNode run = post(PAYROLLS, Map.of("regionCode", provinceCode, "month", month),
                TestCallers.provinceOfficer(provinceCode), UUID.randomUUID().toString(), "the payroll of " + month);
        long approved = 0;
        long totalFen = 0;
        for (JsonNode payroll : run.path("payrolls")) {
            approved += payroll.path("approved").asLong();
            totalFen += payroll.path("totalFen").asLong();
        }
        return new Payroll(run.path("teachersRead").asLong(), approved, totalFen);
    }

    private JsonNode post(String path, Object body, TestToken caller, String idempotencyKey, String what)
            throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.resolve(path)).timeout(LONG_CALL)
                .header("Authorization", "Bearer " + caller.encode())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(http.json().writeValueAsString(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        HttpResponse<String> answer = http.send(request.build(), what);
        if (answer.statusCode() / 100 != 2) {
            throw new BenchmarkFailure(what + " answered " + answer.statusCode() + ": " + BenchmarkHttp.abbreviate(answer.body()));
        }
        return http.json().readTree(answer.body());
    }

    private HttpRequest get(String path, TestToken caller) {
        return HttpRequest.newBuilder(service.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + caller.encode()).GET().build();
    }
}
