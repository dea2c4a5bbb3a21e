package org.jixiao.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestSheets;
import org.jixiao.support.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint against every kind of caller, with the expected status read from the table in docs/security.md, so
 * the documentation and the behaviour cannot drift apart.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixIntegrationTests {

    private static final Path SECURITY_DOC = Path.of("docs", "security.md");
    /** This year, so that payments, measurements and completions dated today fall in the fiscal year. */
    private static final int FISCAL_YEAR = java.time.Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue();
    private static final String TODAY = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    WebTestClient admin;

    @LocalServerPort
    int port;

    private final Map<String, String> credentials = new HashMap<>();
    private long own;
    private long other;
    private long foreign;
    private long ownIndicator;
    private long foreignIndicator;
    private long ownMilestone;
    private long ownAlert;
    private long otherAlert;
    private long foreignAlert;
    private long ownRound;
    private long foreignRound;
    private long ownReport;
    private long otherReport;
    private long foreignReport;
    private long ownRectification;
    private long foreignRectification;
    private final java.util.Deque<Long> spareOwnIndicators = new java.util.ArrayDeque<>();

    @BeforeAll
    void createCallersAndProjects() {
        own = importProject("102", "矩阵-本人项目");
        other = importProject("102", "矩阵-同部门项目");
        foreign = importProject("777", "矩阵-外部门项目");
        ownIndicator = quantityIndicators(own).getFirst();
        annualIndicators(own).stream().filter(id -> id != ownIndicator).forEach(spareOwnIndicators::add);
        foreignIndicator = quantityIndicators(foreign).getFirst();
        bindToPrometheus(ownIndicator);
        ownMilestone = createMilestone(own);
        long ownOverdue = createOverdueMilestone(own);
        long otherOverdue = createOverdueMilestone(other);
        long foreignOverdue = createOverdueMilestone(foreign);
        admin.post().uri("/api/v1/checks/run").exchange().expectStatus().isOk();
        ownAlert = overdueAlert(own, ownOverdue);
        otherAlert = overdueAlert(other, otherOverdue);
        foreignAlert = overdueAlert(foreign, foreignOverdue);
        ownRound = createRound(List.of(own, other));
        foreignRound = createRound(List.of(foreign));
        ownReport = reportOf(ownRound, own);
        otherReport = reportOf(ownRound, other);
        foreignReport = reportOf(foreignRound, foreign);
        ownRectification = createRectification(own);
        foreignRectification = createRectification(foreign);
        credentials.put("none", null);
        credentials.put("invalid", "jx_this-token-was-never-issued-0000000000000");
        credentials.put("ADMIN", TestTokens.ADMIN);
        credentials.put("OWNER", token("OWNER", List.of("102"), List.of(own)));
        credentials.put("MANAGER", token("MANAGER", List.of("102"), List.of()));
        credentials.put("MANAGER@777", token("MANAGER", List.of("777"), List.of()));
        credentials.put("EVALUATOR", token("EVALUATOR", List.of(), List.of()));
        credentials.put("VIEWER", token("VIEWER", List.of(), List.of()));
        credentials.put("SCRAPER", TestTokens.SCRAPE);
    }

    Stream<Arguments> matrix() throws IOException {
        List<String> lines = Files.readAllLines(SECURITY_DOC);
        int start = lines.indexOf("<!-- matrix:start -->");
        int end = lines.indexOf("<!-- matrix:end -->");
        assertThat(start).as("matrix markers in " + SECURITY_DOC).isNotNegative().isLessThan(end);
        List<String> header = cells(lines.get(start + 1));
        List<Arguments> cases = new ArrayList<>();
        for (String row : lines.subList(start + 3, end)) {
            List<String> cells = cells(row);
            String request = cells.getFirst().replace("`", "");
            for (int column = 1; column < header.size(); column++) {
                cases.add(Arguments.of(request, header.get(column), Integer.parseInt(cells.get(column))));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("matrix")
    void everyEndpointAnswersEveryCallerAsDocumented(String request, String caller, int expected) {
        String[] methodAndPath = request.split(" ", 2);
        HttpMethod method = HttpMethod.valueOf(methodAndPath[0]);
        String path = resolve(methodAndPath[1]);

        WebTestClient.RequestBodySpec spec = client(caller).method(method).uri(path);
        String body = bodyFor(method, methodAndPath[1], caller);
        MediaType type = methodAndPath[1].equals("/api/v1/measurements") ? MediaType.parseMediaType("text/csv")
                : MediaType.APPLICATION_JSON;
        WebTestClient.RequestHeadersSpec<?> ready = body == null ? spec : spec.contentType(type).bodyValue(body);
        EntityExchangeResult<byte[]> result = ready.exchange().expectBody().returnResult();

        assertThat(result.getStatus().value()).as(request + " as " + caller + ": "
                + new String(result.getResponseBodyContent() == null ? new byte[0] : result.getResponseBodyContent(),
                        StandardCharsets.UTF_8)).isEqualTo(expected);
        if (expected == 401 || expected == 403 || expected == 404) {
            assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        if (expected == 401) {
            assertThat(result.getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        }
    }

    @Test
    void aManagersListShowsOnlyItsDepartment() {
        JsonNode page = list("MANAGER@777");

        assertThat(page.get("items").valueStream().map(item -> item.get("department").get("code").asString()))
                .containsOnly("777");
        assertThat(ids(page)).contains(foreign).doesNotContain(own, other);
    }

    @Test
    void anOwnersListShowsItsDepartmentAndItsProjects() {
        assertThat(ids(list("OWNER"))).contains(own, other).doesNotContain(foreign);
    }

    @Test
    void viewersAndEvaluatorsSeeEverything() {
        assertThat(ids(list("VIEWER"))).contains(own, other, foreign);
        assertThat(ids(list("EVALUATOR"))).contains(own, other, foreign);
    }

    @Test
    void aForeignProjectIsIndistinguishableFromAMissingOne() {
        JsonNode hidden = client("MANAGER").get().uri("/api/v1/projects/{id}", foreign).exchange()
                .expectStatus().isNotFound().expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode missing = client("MANAGER").get().uri("/api/v1/projects/{id}", 9_999_999).exchange()
                .expectStatus().isNotFound().expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(hidden.get("detail").asString().replace(String.valueOf(foreign), "N"))
                .isEqualTo(missing.get("detail").asString().replace("9999999", "N"));
    }

    private String resolve(String path) {
        Map<String, java.util.function.LongSupplier> placeholders = new java.util.LinkedHashMap<>();
        placeholders.put("{ownIndicator}", () -> ownIndicator);
        placeholders.put("{foreignIndicator}", () -> foreignIndicator);
        placeholders.put("{boundOwnIndicator}", () -> bindToPrometheus(spareOwnIndicators.pop()));
        placeholders.put("{ownMilestone}", () -> ownMilestone);
        placeholders.put("{ownRound}", () -> ownRound);
        placeholders.put("{foreignRound}", () -> foreignRound);
        placeholders.put("{ownReport}", () -> ownReport);
        placeholders.put("{otherReport}", () -> otherReport);
        placeholders.put("{foreignReport}", () -> foreignReport);
        placeholders.put("{completeOwnReport}", () -> completeReport(reportOf(createRound(List.of(own)), own)));
        placeholders.put("{submittedOwnReport}", this::submittedOwnReport);
        placeholders.put("{approvedOwnReport}", () -> {
            long report = submittedOwnReport();
            admin.post().uri("/api/v1/reports/{id}/approval", report).exchange().expectStatus().isOk();
            return report;
        });
        placeholders.put("{ownRectification}", () -> ownRectification);
        placeholders.put("{foreignRectification}", () -> foreignRectification);
        placeholders.put("{openOwnRectification}", () -> createRectification(own));
        placeholders.put("{openOtherRectification}", () -> createRectification(other));
        placeholders.put("{openForeignRectification}", () -> createRectification(foreign));
        placeholders.put("{ownAlert}", () -> ownAlert);
        placeholders.put("{otherAlert}", () -> otherAlert);
        placeholders.put("{foreignAlert}", () -> foreignAlert);
        placeholders.put("{firingOwnAlert}", () -> firingAlert(own));
        placeholders.put("{firingOtherAlert}", () -> firingAlert(other));
        placeholders.put("{firingForeignAlert}", () -> firingAlert(foreign));
        placeholders.put("{adminSubscription}", this::adminSubscription);
        placeholders.put("{adminSilence}", this::adminSilence);
        placeholders.put("{openOwnMilestone}", () -> createMilestone(own));
        placeholders.put("{openForeignMilestone}", () -> createMilestone(foreign));
        placeholders.put("{own}", () -> own);
        placeholders.put("{other}", () -> other);
        placeholders.put("{foreign}", () -> foreign);
        placeholders.put("{fresh}", () -> importProject("102", "矩阵-待删除-" + SEQUENCE.incrementAndGet()));
        placeholders.put("{adminToken}", this::adminTokenId);
        placeholders.put("{finalized}", this::finalizedProject);
        placeholders.put("{year}", () -> FISCAL_YEAR);
        String resolved = path;
        for (Map.Entry<String, java.util.function.LongSupplier> placeholder : placeholders.entrySet()) {
            if (resolved.contains(placeholder.getKey())) {
                resolved = resolved.replace(placeholder.getKey(), String.valueOf(placeholder.getValue().getAsLong()));
            }
        }
        return resolved;
    }

    private String bodyFor(HttpMethod method, String template, String caller) {
        if (method == HttpMethod.POST && (template.equals("/api/v1/sheets")
                || template.equals("/api/v1/sheets/preview"))) {
            return TestSheets.json(TestSheets.variant("city-cloud-ops", FISCAL_YEAR,
                    "矩阵-新项目-" + SEQUENCE.incrementAndGet()));
        }
        if (method == HttpMethod.PUT && template.endsWith("/sheet")) {
            long id = template.contains("{own}") ? own : template.contains("{other}") ? other : foreign;
            return TestSheets.json(admin.get().uri("/api/v1/projects/{id}/sheet", id).exchange()
                    .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody());
        }
        if (method == HttpMethod.POST && template.endsWith("/milestones")) {
            return "{\"title\":\"矩阵里程碑\",\"due\":\"" + FISCAL_YEAR + "-12-31\"}";
        }
        if (method == HttpMethod.POST && template.endsWith("/completion")) {
            return "{\"completedAt\":\"" + TODAY + "\"}";
        }
        if (method == HttpMethod.POST && template.endsWith("/waiver")) {
            return "{\"reason\":\"矩阵\"}";
        }
        if (method == HttpMethod.POST && template.endsWith("/payments")) {
            return "{\"amount\":1,\"paidAt\":\"" + TODAY + "\"}";
        }
        if (method == HttpMethod.POST && template.endsWith("/measurements") && template.startsWith("/api/v1/indicators")) {
            return "{\"value\":1,\"observedAt\":\"" + TODAY + "\"}";
        }
        if (method == HttpMethod.POST && template.equals("/api/v1/measurements")) {
            return "indicatorId,value,observedAt\n" + ownIndicator + ",1," + TODAY + "\n";
        }
        if (method == HttpMethod.PUT && template.contains("/evaluation/")) {
            return "{\"indicators\":[]}";
        }
        if (method == HttpMethod.POST && template.endsWith("/finalize")) {
            return "{\"reason\":\"矩阵提前定稿\"}";
        }
        if (method == HttpMethod.POST && template.endsWith("/reopen")) {
            return "{\"reason\":\"矩阵复核\"}";
        }
        if (method == HttpMethod.PUT && template.endsWith("/source")) {
            return "{\"type\":\"PROMETHEUS\",\"query\":\"up\",\"baseUrl\":\"http://127.0.0.1:9\"}";
        }
        if (method == HttpMethod.POST && template.endsWith("/acknowledgement")) {
            return "{\"comment\":\"矩阵\"}";
        }
        if (method == HttpMethod.POST && template.equals("/api/v1/subscriptions")) {
            return subscription();
        }
        if (method == HttpMethod.POST && template.equals("/api/v1/silences")) {
            return silence();
        }
        if (method == HttpMethod.POST && template.equals("/api/v1/rounds")) {
            return roundRequest(List.of(own));
        }
        if (method == HttpMethod.PUT && template.startsWith("/api/v1/reports/")) {
            long report = template.contains("{ownReport}") ? ownReport
                    : template.contains("{otherReport}") ? otherReport : foreignReport;
            return "{\"version\":" + reportVersion(report) + ",\"progress\":\"矩阵\"}";
        }
        if (method == HttpMethod.POST && template.endsWith("/return")) {
            return "{\"comment\":\"矩阵退回\"}";
        }
        if (method == HttpMethod.POST && template.endsWith("/reopening")) {
            return "{\"reason\":\"矩阵\"}";
        }
        if (method == HttpMethod.POST && template.equals("/api/v1/rectifications")) {
            return rectification(own);
        }
        if (method == HttpMethod.PATCH && template.startsWith("/api/v1/rectifications/")) {
            return "{\"version\":0,\"who\":\"矩阵责任人\"}";
        }
        if (method == HttpMethod.POST && template.endsWith("/closure")) {
            return "{\"version\":0,\"note\":\"矩阵已整改\"}";
        }
        if (method == HttpMethod.POST && template.equals("/api/v1/tokens")) {
            String role = caller.startsWith("MANAGER") ? "MANAGER"
                    : Arrays.stream(Role.values()).map(Enum::name).filter(caller::equals).findFirst().orElse("VIEWER");
            return "{\"name\":\"matrix-" + SEQUENCE.incrementAndGet() + "\",\"roles\":[\"" + role + "\"]}";
        }
        return null;
    }

    private WebTestClient client(String caller) {
        assertThat(credentials).as("a caller column of the matrix").containsKey(caller);
        // A scrape of the shared context (every test's projects) is larger than the default 256 KB buffer.
        WebTestClient.Builder builder = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024));
        String credential = credentials.get(caller);
        if (credential != null) {
            builder.defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(credential));
        }
        return builder.build();
    }

    private JsonNode list(String caller) {
        return client(caller).get().uri("/api/v1/projects?size=200").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static List<Long> ids(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("id").asLong()).toList();
    }

    private long importProject(String department, String name) {
        ObjectNode sheet = TestSheets.variant("egov-extranet-ops", FISCAL_YEAR, name);
        ((ObjectNode) TestSheets.project(sheet).get("department")).put("code", department);
        return admin.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestSheets.json(sheet)).exchange()
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asLong();
    }

    /** Annual indicators with a counted target, which take a bare number as a measurement. */
    private List<Long> quantityIndicators(long project) {
        return annualIndicatorNodes(project)
                .filter(indicator -> indicator.get("target").get("kind").asString().equals("QUANTITY"))
                .map(indicator -> indicator.get("id").asLong()).toList();
    }

    private List<Long> annualIndicators(long project) {
        return annualIndicatorNodes(project).map(indicator -> indicator.get("id").asLong()).toList();
    }

    private Stream<JsonNode> annualIndicatorNodes(long project) {
        return admin.get().uri("/api/v1/projects/{id}/indicators", project).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().valueStream();
    }

    private long bindToPrometheus(long indicator) {
        admin.put().uri("/api/v1/indicators/{id}/source", indicator).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("type", "PROMETHEUS", "query", "up", "baseUrl", "http://127.0.0.1:9")).exchange()
                .expectStatus().isOk();
        return indicator;
    }

    private long finalizedProject() {
        long project = importProject("102", "矩阵-已定稿-" + SEQUENCE.incrementAndGet());
        admin.post().uri("/api/v1/projects/{id}/evaluation/{year}/finalize", project, FISCAL_YEAR)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "矩阵提前定稿")).exchange()
                .expectStatus().isOk();
        return project;
    }

    private long createMilestone(long project) {
        return admin.post().uri("/api/v1/projects/{id}/milestones", project).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "矩阵-待办", "due", FISCAL_YEAR + "-12-31")).exchange()
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asLong();
    }

    private long createOverdueMilestone(long project) {
        String yesterday = java.time.LocalDate.parse(TODAY).minusDays(1).toString();
        return admin.post().uri("/api/v1/projects/{id}/milestones", project).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "矩阵-逾期", "due", yesterday)).exchange()
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asLong();
    }

    private long overdueAlert(long project, long milestone) {
        return admin.get().uri("/api/v1/alerts?project={project}&kind=MILESTONE_OVERDUE", project).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody().valueStream()
                .filter(alert -> alert.get("milestoneId").asLong() == milestone)
                .mapToLong(alert -> alert.get("id").asLong()).findFirst().orElseThrow();
    }

    /** A fresh overdue milestone's alert, firing: an alert can be acknowledged once per firing. */
    private long firingAlert(long project) {
        return overdueAlert(project, createOverdueMilestone(project));
    }

    private String subscription() {
        return "{\"project\":" + own + ",\"channel\":{\"type\":\"WEBHOOK\",\"url\":\"http://127.0.0.1:9/hook\"}}";
    }

    private String silence() {
        return "{\"matchers\":{\"department\":\"102\",\"kind\":\"TARGET_UNREADABLE\"},\"until\":\""
                + java.time.OffsetDateTime.now().plusMinutes(10) + "\",\"reason\":\"矩阵\"}";
    }

    private long adminSubscription() {
        return admin.post().uri("/api/v1/subscriptions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(subscription()).exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asLong();
    }

    private long adminSilence() {
        return admin.post().uri("/api/v1/silences").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(silence()).exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asLong();
    }

    private String roundRequest(List<Long> projects) {
        return "{\"kind\":\"MONITORING\",\"fiscalYear\":" + FISCAL_YEAR + ",\"title\":\"矩阵轮次-"
                + SEQUENCE.incrementAndGet() + "\",\"periodFrom\":\"" + FISCAL_YEAR + "-01-01\",\"periodTo\":\""
                + FISCAL_YEAR + "-07-31\",\"due\":\"" + FISCAL_YEAR + "-08-15\",\"projects\":" + projects + "}";
    }

    private long createRound(List<Long> projects) {
        return admin.post().uri("/api/v1/rounds").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(roundRequest(projects)).exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asLong();
    }

    private String rectification(long project) {
        return "{\"project\":" + project + ",\"what\":\"矩阵整改\",\"who\":\"矩阵\",\"due\":\"" + FISCAL_YEAR
                + "-12-31\"}";
    }

    /** An open rectification item of the project, made by an administrator (its version is 0). */
    private long createRectification(long project) {
        return admin.post().uri("/api/v1/rectifications").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(rectification(project)).exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asLong();
    }

    private long reportOf(long round, long project) {
        return admin.get().uri("/api/v1/rounds/{id}/reports", round).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().valueStream()
                .filter(report -> report.get("projectId").asLong() == project)
                .mapToLong(report -> report.get("id").asLong()).findFirst().orElseThrow();
    }

    private JsonNode report(long report) {
        return admin.get().uri("/api/v1/reports/{id}", report).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private int reportVersion(long report) {
        return report(report).get("version").asInt();
    }

    /** Fills in every line (有可能, a cause and a measure), so that the report can be submitted. */
    private long completeReport(long report) {
        JsonNode current = report(report);
        List<Map<String, Object>> lines = current.get("form").get("indicators").valueStream()
                .map(line -> Map.<String, Object>of("indicatorId", line.get("indicatorId").asLong(),
                        "likelihood", "有可能", "causes", List.of("其他"), "causeText", "矩阵", "measure", "矩阵"))
                .toList();
        admin.put().uri("/api/v1/reports/{id}", report).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", current.get("version").asInt(), "indicators", lines)).exchange()
                .expectStatus().isOk();
        return report;
    }

    private long submittedOwnReport() {
        long report = completeReport(reportOf(createRound(List.of(own)), own));
        admin.post().uri("/api/v1/reports/{id}/submission", report).exchange().expectStatus().isOk();
        return report;
    }

    private String token(String role, List<String> departments, List<Long> projects) {
        return createToken(role, departments, projects).get("token").asString();
    }

    private long adminTokenId() {
        return createToken("VIEWER", List.of(), List.of()).get("id").asLong();
    }

    private JsonNode createToken(String role, List<String> departments, List<Long> projects) {
        Map<String, Object> request = Map.of("name", "matrix-" + role + "-" + SEQUENCE.incrementAndGet(),
                "roles", List.of(role), "departments", departments, "projects", projects);
        return admin.post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON).bodyValue(request)
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static List<String> cells(String row) {
        String trimmed = row.strip();
        return Arrays.stream(trimmed.substring(1, trimmed.length() - 1).split("\\|")).map(String::strip).toList();
    }
}
