package org.jixiao.fuzz;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestSheets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.support.DemoLookups.indicatorId;

/**
 * Walks every operation of the service's own OpenAPI document as the administrator and sends it bad and edge-case
 * values: in each query and path parameter, in each field of the body (left out, null, of the wrong type, with
 * control or bidirectional characters, huge or non-finite), and whole bodies that are not what it expects. No answer
 * may be a 5xx; every error must be a problem with a body; every refused write must leave the store as it was.
 *
 * <p>Seeded and so reproducible: {@code -Djixiao.fuzz.seed=N} repeats a run (the seed is printed).
 */
@IntegrationTest
class ApiFuzzIntegrationTests {

    private static final long SEED = Long.getLong("jixiao.fuzz.seed", 20_251_201L);
    private static final int FISCAL_YEAR = 2033;
    /** Runs every scheduled check over every project: not driven by its input, and slow. */
    private static final Set<String> SKIPPED = Set.of("POST /api/v1/checks/run");
    private static final int FIELDS_PER_BODY = 12;
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    @Autowired
    WebTestClient web;

    @Autowired
    DatabaseClient db;

    @LocalServerPort
    int port;

    private final BadValues bad = new BadValues(SEED);
    private final Map<String, Integer> statuses = new TreeMap<>();
    private int requests;
    private long project;
    private String store;

    @Test
    void noGeneratedRequestGetsA5xxOrAnswersWithoutAProblemOrChangesTheStoreWhenRefused() {
        JsonNode docs = web.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        Map<String, String> good = goodPathValues();
        SchemaExamples examples = new SchemaExamples(docs);
        store = FuzzStore.checksum(db, project);
        int operations = 0;
        long started = System.nanoTime();

        Iterator<Map.Entry<String, JsonNode>> paths = docs.get("paths").properties().iterator();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().properties().iterator();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                String name = method.getKey().toUpperCase() + " " + path.getKey();
                if (SKIPPED.contains(name) || !isHttpMethod(method.getKey())) {
                    continue;
                }
                operations++;
                fuzz(HttpMethod.valueOf(name.split(" ")[0]), path.getKey(), method.getValue(), good, examples);
            }
        }

        System.out.printf("API fuzz: %d requests over %d operations in %d s, seed %d, statuses %s%n", requests,
                operations, (System.nanoTime() - started) / 1_000_000_000, SEED, statuses);
        assertThat(operations).isGreaterThanOrEqualTo(40);
        assertThat(requests).isGreaterThanOrEqualTo(2_000);
    }

    private void fuzz(HttpMethod method, String template, JsonNode operation, Map<String, String> good,
            SchemaExamples examples) {
        String path = expand(template, good, method);
        JsonNode bodySchema = operation.path("requestBody").path("content");
        MediaType type = bodySchema.has("text/csv") ? MediaType.parseMediaType("text/csv")
                : bodySchema.isEmpty() ? null : MediaType.APPLICATION_JSON;
        String base = type == null ? null : baseBody(template, type, bodySchema, examples);

        send(method, path, type, base);
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.get("name").asString();
            List<String> values = bad.parameterValues(3);
            if ("query".equals(parameter.path("in").asString())) {
                values.forEach(value -> send(method, path + "?" + name + "=" + value, type, base));
            }
            else if ("path".equals(parameter.path("in").asString())) {
                values.subList(0, 8).forEach(value -> send(method,
                        template.replace("{" + name + "}", value.isEmpty() ? "%20" : value)
                                .replaceAll("\\{[^}]+}", "424242"), type, base));
            }
        }
        if (type == null) {
            return;
        }
        bad.rawBodies().forEach(body -> send(method, path, type, body));
        if (type.equals(MediaType.APPLICATION_JSON)) {
            JsonNode parsed = TestSheets.parse(base);
            List<String> fields = JsonFields.paths(parsed);
            for (int i = 0; i < FIELDS_PER_BODY && !fields.isEmpty(); i++) {
                String field = fields.remove(bad.nextInt(fields.size()));
                send(method, path, type, TestSheets.json(JsonFields.without(parsed, field)));
                for (JsonNode value : bad.jsonValues(2)) {
                    send(method, path, type, TestSheets.json(JsonFields.with(parsed, field, value)));
                }
            }
            ObjectNode extra = parsed.isObject() ? ((ObjectNode) parsed.deepCopy()).put("unknownField\u0000", 1)
                    : null;
            if (extra != null) {
                send(method, path, type, TestSheets.json(extra));
            }
        }
        else {
            for (String cell : bad.parameterValues(6)) {
                send(method, path, type, "indicatorId,value,note\n" + good.get("indicator") + "," + cell + ",x\n");
                send(method, path, type, "indicatorId,value,note\n" + good.get("indicator") + ",96%," + cell + "\n");
            }
        }
    }

    private void send(HttpMethod method, String pathAndQuery, MediaType type, String body) {
        requests++;
        WebTestClient.RequestBodySpec request = web.method(method)
                .uri(URI.create("http://localhost:" + port + pathAndQuery));
        EntityExchangeResult<byte[]> result = (body == null ? request : request.contentType(type).bodyValue(body))
                .exchange().expectBody().returnResult();
        int status = result.getStatus().value();
        statuses.merge(Integer.toString(status), 1, Integer::sum);
        String what = method + " " + pathAndQuery + (body == null ? "" : " with " + abbreviated(body));
        assertThat(status).as(what).isLessThan(500);
        if (status >= 400) {
            assertThat(result.getResponseHeaders().getContentType()).as(what)
                    .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode problem = TestSheets.parse(new String(result.getResponseBodyContent(),
                    StandardCharsets.UTF_8));
            assertThat(problem.path("status").asInt()).as(what).isEqualTo(status);
        }
        if (method != HttpMethod.GET) {
            String after = FuzzStore.checksum(db, project);
            if (status >= 400) {
                assertThat(after).as("a refused " + what + " changed nothing").isEqualTo(store);
            }
            store = after;
        }
    }

    private String baseBody(String template, MediaType type, JsonNode content, SchemaExamples examples) {
        if (type.getSubtype().equals("csv")) {
            return "indicatorId,value\n424242,96%\n";
        }
        if (template.equals("/api/v1/sheets") || template.endsWith("/sheet")) {
            return TestSheets.json(TestSheets.variant("city-cloud-ops", FISCAL_YEAR, "模糊测试导入项目"));
        }
        return TestSheets.json(examples.example(content.path("application/json").path("schema")));
    }

    /** Real ids where the path names a project, indicator or milestone of the test's own; 424242 (none) elsewhere. */
    private Map<String, String> goodPathValues() {
        JsonNode created = web.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestSheets.json(TestSheets.variant("smart-npc-construction", FISCAL_YEAR, "模糊测试项目")))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        project = created.get("id").asLong();
        JsonNode milestones = web.get().uri("/api/v1/projects/{id}/milestones", project).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        Map<String, String> good = new LinkedHashMap<>();
        good.put("project", Long.toString(project));
        good.put("indicator", Long.toString(indicatorId(web, project, "付款时间")));
        good.put("milestone", milestones.isEmpty() ? "424242" : milestones.get(0).get("id").asString());
        good.put("year", Integer.toString(FISCAL_YEAR));
        return good;
    }

    /**
     * The path with real ids of the test's own where it names them. A deletion gets a missing id only, so that no
     * token, subscription or silence another test relies on is ever removed.
     */
    private static String expand(String template, Map<String, String> good, HttpMethod method) {
        Matcher variables = PATH_VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            String before = template.substring(0, variables.start());
            String value = method == HttpMethod.DELETE ? "424242"
                    : variables.group(1).equals("year") || variables.group(1).equals("fiscalYear") ? good.get("year")
                    : before.endsWith("/projects/") ? good.get("project")
                    : before.endsWith("/indicators/") ? good.get("indicator")
                    : before.endsWith("/milestones/") ? good.get("milestone")
                    : "424242";
            variables.appendReplacement(path, value);
        }
        variables.appendTail(path);
        return path.toString();
    }

    private static boolean isHttpMethod(String name) {
        return Set.of("get", "post", "put", "delete", "patch").contains(name);
    }

    private static String abbreviated(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "… (" + body.length() + " characters)";
    }
}
