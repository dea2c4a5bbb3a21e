package org.jixiao.round;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.support.OnJanuaryTenth2026;
import org.jixiao.support.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year-end self-evaluation round on the demo data (fiscal year 2025), end to end on 2026-01-10: dispatched for
 * department 102; one report's form is the project's evaluation; the evaluator grades what waits for a grade; the
 * owner is refused with every gap named, fills the deviation analysis and conclusions, submits; the reviewer returns
 * it, the owner resubmits; approval waits for the evaluation to be finalized, then freezes the evaluation's score; a
 * later measurement changes neither; the 自评表 is exported in the official columns. Runs in its own pinned context,
 * so finalizing a demo evaluation disturbs no other test.
 */
@OnJanuaryTenth2026
class SelfEvaluationRoundIntegrationTests {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final List<String> INDICATOR_COLUMNS = List.of("一级指标", "二级指标", "三级指标", "年度指标值",
            "实际完成值", "分值", "得分", "偏差原因分析及改进措施");

    @Autowired
    WebTestClient admin;

    @LocalServerPort
    int port;

    @Test
    void theApprovedSelfEvaluationCarriesTheFinalEvaluationsScoreAndStaysFrozen() throws IOException {
        JsonNode round = created(admin.post().uri("/api/v1/rounds").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "SELF_EVALUATION", "fiscalYear", 2025, "title", "2025年度项目绩效自评",
                        "periodFrom", "2025-01-01", "periodTo", "2025-12-31", "due", "2026-01-31",
                        "departments", List.of("102"))));
        long roundId = round.get("id").asLong();
        assertThat(round.get("kind").asString()).isEqualTo("SELF_EVALUATION");
        long departmentProjects = ok(admin.get().uri("/api/v1/projects?fiscalYear=2025&department=102&size=200"))
                .get("total").asLong();
        assertThat(round.get("progress").get("reports").asLong()).isEqualTo(departmentProjects).isPositive();

        JsonNode chosen = ok(admin.get().uri("/api/v1/reports/{id}",
                ok(admin.get().uri("/api/v1/rounds/{id}/reports", roundId)).get(0).get("id").asLong()));
        long report = chosen.get("id").asLong();
        long project = chosen.get("projectId").asLong();
        assertThat(chosen.get("form").isNull()).isTrue();
        JsonNode form = chosen.get("selfEvaluation");
        JsonNode evaluation = ok(admin.get().uri("/api/v1/projects/{id}/evaluation/2025", project));
        assertThat(form.get("asOf").asString()).isEqualTo("2026-01-10");
        assertThat(form.get("evaluationState").asString()).isEqualTo("DRAFT");
        assertThat(form.get("projected").asBoolean()).isFalse();
        assertThat(form.get("total").decimalValue()).isEqualByComparingTo(evaluation.get("score").get("total")
                .decimalValue());
        assertThat(form.get("funds").get("score").decimalValue()).isEqualByComparingTo(evaluation.get("score")
                .get("budget").get("score").decimalValue());
        assertThat(form.get("indicators").size()).isEqualTo(evaluation.get("score").get("indicators").size());

        WebTestClient owner = client(token(List.of("OWNER"), List.of(), List.of(project)));
        WebTestClient reviewer = client(token(List.of("MANAGER"), List.of("102"), List.of()));
        WebTestClient evaluator = client(token(List.of("EVALUATOR"), List.of(), List.of()));

        JsonNode notOnForm = owner.put().uri("/api/v1/reports/{id}", report).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", 0, "indicators", List.of(Map.of("indicatorId",
                        form.get("indicators").get(0).get("indicatorId").asLong(), "likelihood", "确定能"))))
                .exchange().expectStatus().isEqualTo(422).expectBody(JsonNode.class).returnResult()
                .getResponseBody();
        assertThat(notOnForm.get("errors").get(0).get("field").asString()).isEqualTo("indicators[0].likelihood");

        form = ok(owner.put().uri("/api/v1/reports/{id}", report).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", 0, "progress", "全年平台稳定运行，完成年度主要任务")))
                .get("selfEvaluation");
        JsonNode refused = owner.post().uri("/api/v1/reports/{id}/submission", report).exchange()
                .expectStatus().isEqualTo(422).expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(fields(refused.get("errors"))).containsExactlyElementsOf(expectedGaps(form));

        // The evaluator grades, in the evaluation, what is judged by a person; the report reads the grade from there.
        List<Long> ungraded = lines(form, "NEEDS_GRADE");
        if (!ungraded.isEmpty()) {
            ok(evaluator.put().uri("/api/v1/projects/{id}/evaluation/2025", project)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("indicators", ungraded.stream()
                            .map(id -> Map.of("indicatorId", id, "grade", "PARTIAL", "gradePercent", 70)).toList())));
        }
        form = ok(owner.get().uri("/api/v1/reports/{id}", report)).get("selfEvaluation");
        for (JsonNode line : form.get("indicators")) {
            if (ungraded.contains(line.get("indicatorId").asLong())) {
                assertThat(line.get("grade").asString()).isEqualTo("部分达成年度指标并具有一定效果");
            }
        }
        List<Long> below = belowPoints(form);
        assertThat(below).isNotEmpty();
        JsonNode stillRefused = owner.post().uri("/api/v1/reports/{id}/submission", report).exchange()
                .expectStatus().isEqualTo(422).expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(fields(stillRefused.get("errors"))).containsExactlyElementsOf(expectedGaps(form));

        JsonNode complete = ok(owner.put().uri("/api/v1/reports/{id}", report)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(analysis(1, below, "全年目标基本完成")));
        assertThat(complete.get("gaps").isEmpty()).isTrue();
        assertThat(ok(owner.post().uri("/api/v1/reports/{id}/submission", report)).get("state").asString())
                .isEqualTo("SUBMITTED");

        JsonNode returned = ok(reviewer.post().uri("/api/v1/reports/{id}/return", report)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("comment", "总体结论过于简略", "fields", Map.of("conclusions", "请补充主要经验和问题"))));
        assertThat(returned.get("state").asString()).isEqualTo("RETURNED");
        ok(owner.put().uri("/api/v1/reports/{id}", report).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(analysis(returned.get("version").asInt(), below,
                        "全年目标基本完成；主要经验是按月调度，问题是资金拨付偏晚")));
        ok(owner.post().uri("/api/v1/reports/{id}/submission", report));

        // Approval waits for the evaluation to be final, so that the report freezes the evaluation's frozen score.
        JsonNode early = reviewer.post().uri("/api/v1/reports/{id}/approval", report).exchange()
                .expectStatus().isEqualTo(409).expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(early.get("evaluationState").asString()).isEqualTo("DRAFT");
        JsonNode finalized = ok(evaluator.post().uri("/api/v1/projects/{id}/evaluation/2025/finalize", project));
        assertThat(finalized.get("state").asString()).isEqualTo("FINAL");

        JsonNode approved = ok(reviewer.post().uri("/api/v1/reports/{id}/approval", report));
        JsonNode frozen = approved.get("selfEvaluation");
        assertThat(approved.get("state").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("frozen").asBoolean()).isTrue();
        assertThat(frozen.get("evaluationState").asString()).isEqualTo("FINAL");
        assertThat(frozen.get("total").decimalValue()).isEqualByComparingTo(finalized.get("score").get("total")
                .decimalValue());
        assertThat(frozen.get("grade").asString()).isEqualTo(finalized.get("score").get("grade").asString());
        assertThat(frozen.get("conclusions").asString()).startsWith("全年目标基本完成；主要经验");

        // A measurement arriving later changes neither the approved report nor the final evaluation.
        JsonNode measured = measuredLine(frozen);
        admin.post().uri("/api/v1/indicators/{id}/measurements", measured.get("indicatorId").asLong())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("value", 1, "observedAt", "2025-12-31", "evidenceUrl", "https://example.gov.cn/b"))
                .exchange().expectStatus().isCreated();
        JsonNode later = ok(owner.get().uri("/api/v1/reports/{id}", report));
        assertThat(later.get("selfEvaluation")).isEqualTo(frozen);
        assertThat(ok(admin.get().uri("/api/v1/projects/{id}/evaluation/2025", project)).get("score").get("total")
                .decimalValue()).isEqualByComparingTo(frozen.get("total").decimalValue());

        assertThat(ok(owner.get().uri("/api/v1/reports/{id}/history", report)).valueStream()
                .map(event -> event.get("action").asString()).toList())
                .containsExactly("open", "save", "save", "submit", "return", "save", "submit", "approve");

        byte[] xlsx = admin.get().uri("/api/v1/reports/{id}?format=xlsx", report).exchange().expectStatus().isOk()
                .expectHeader().contentType(XLSX).expectBody(byte[].class).returnResult().getResponseBody();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertTheOfficialForm(workbook.getSheetAt(0), approved);
        }
        String csv = new String(admin.get().uri("/api/v1/reports/{id}?format=csv", report).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody(),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF项目支出绩效自评表").contains(String.join(",", INDICATOR_COLUMNS))
                .contains("改进措施：次年一季度前完成整改");

        // The round's summary counts grades, not lights; a 中 or 差 opens one rectification per indicator below its
        // points, a better grade none.
        JsonNode glance = ok(admin.get().uri("/api/v1/rounds/{id}/summary", roundId));
        assertThat(glance.get("lights").isEmpty()).isTrue();
        assertThat(glance.get("grades").propertyNames()).containsExactly("EXCELLENT", "GOOD", "FAIR", "POOR");
        assertThat(glance.get("grades").valueStream().mapToLong(JsonNode::asLong).sum())
                .isEqualTo(glance.get("reports").size());
        assertThat(glance.get("grades").get(frozen.get("grade").asString()).asLong()).isPositive();
        JsonNode line = glance.get("reports").valueStream().filter(each -> each.get("reportId").asLong() == report)
                .findFirst().orElseThrow();
        assertThat(line.get("total").decimalValue()).isEqualByComparingTo(frozen.get("total").decimalValue());
        assertThat(line.get("light").isNull()).isTrue();
        long belowPoints = frozen.get("indicators").valueStream()
                .filter(each -> each.get("score").decimalValue().compareTo(each.get("points").decimalValue()) < 0)
                .count();
        boolean rectify = List.of("FAIR", "POOR").contains(frozen.get("grade").asString());
        assertThat(ok(admin.get().uri("/api/v1/rectifications?project={id}", project)).size())
                .isEqualTo(rectify ? (int) belowPoints : 0);

        byte[] workbookOfRound = admin.get().uri("/api/v1/rounds/{id}/reports?format=xlsx", roundId).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(workbookOfRound))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo((int) departmentProjects + 1);
            Sheet summary = workbook.getSheetAt(0);
            assertThat(text(summary.getRow(6))).containsExactly("优", "良", "中", "差");
            assertThat(text(summary.getRow(9))).containsExactly("项目名称", "主管部门", "状态", "逾期", "提交时间", "总分",
                    "等级");
        }
    }

    private static void assertTheOfficialForm(Sheet sheet, JsonNode report) {
        JsonNode form = report.get("selfEvaluation");
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("项目支出绩效自评表");
        assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(report.get("projectName").asString());
        assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:H1"),
                CellRangeAddress.valueOf("A5:H5"), CellRangeAddress.valueOf("A13:H13"));
        assertThat(text(sheet.getRow(5))).containsExactly("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率",
                "得分");
        assertThat(text(sheet.getRow(6)).getFirst()).isEqualTo("年度资金总额");
        assertThat(sheet.getRow(6).getCell(4).getNumericCellValue())
                .isEqualTo(form.get("funds").get("points").doubleValue());
        assertThat(text(sheet.getRow(10))).containsExactly("年度总体目标", "预期目标", "", "", "实际完成情况");
        assertThat(text(sheet.getRow(13))).containsExactlyElementsOf(INDICATOR_COLUMNS);
        assertThat(sheet.getRow(14).getCell(0).getStringCellValue()).matches(".+（\\d+(\\.\\d+)?分）");

        int total = 14 + form.get("indicators").size();
        assertThat(sheet.getRow(total).getCell(0).getStringCellValue()).isEqualTo("总分");
        assertThat(sheet.getRow(total).getCell(5).getNumericCellValue()).isEqualTo(100.0);
        assertThat(sheet.getRow(total).getCell(6).getNumericCellValue())
                .isEqualTo(form.get("total").doubleValue());
        assertThat(sheet.getRow(total + 1).getCell(0).getStringCellValue()).isEqualTo("自评等级");
        assertThat(sheet.getRow(total + 1).getCell(6).getStringCellValue()).isEqualTo(form.get("gradeLabel")
                .asString());
        assertThat(sheet.getRow(total + 2).getCell(0).getStringCellValue()).isEqualTo("总体结论");
    }

    /** The gaps the form should name, in order: the goal's actual, per line grade or cause and measure, conclusions. */
    private static List<String> expectedGaps(JsonNode form) {
        List<String> gaps = new ArrayList<>();
        if (form.get("goal").get("actual").isNull()) {
            gaps.add("progress");
        }
        JsonNode lines = form.get("indicators");
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            if (flags(line).contains("NEEDS_GRADE")) {
                gaps.add("indicators[" + i + "].grade");
            }
            else if (line.get("score").decimalValue().compareTo(line.get("points").decimalValue()) < 0) {
                if (line.get("cause").isNull()) {
                    gaps.add("indicators[" + i + "].causeText");
                }
                gaps.add("indicators[" + i + "].measure");
            }
        }
        if (form.get("conclusions").isNull()) {
            gaps.add("conclusions");
        }
        return gaps;
    }

    private static List<Long> lines(JsonNode form, String flag) {
        return form.get("indicators").valueStream().filter(line -> flags(line).contains(flag))
                .map(line -> line.get("indicatorId").asLong()).toList();
    }

    private static List<Long> belowPoints(JsonNode form) {
        return form.get("indicators").valueStream()
                .filter(line -> line.get("score").decimalValue().compareTo(line.get("points").decimalValue()) < 0)
                .map(line -> line.get("indicatorId").asLong()).toList();
    }

    /** A line scored from a measured figure (a count, a rate, an amount). */
    private static JsonNode measuredLine(JsonNode form) {
        return form.get("indicators").valueStream()
                .filter(line -> line.get("grade").isNull() && line.get("target").asString().matches("[≥≤]?\\d+.*"))
                .findFirst().orElseThrow();
    }

    private static List<String> flags(JsonNode line) {
        return line.get("flags").valueStream().map(JsonNode::asString).toList();
    }

    /** The deviation analysis on every line below its points, the goal's actual and the conclusions. */
    private static Map<String, Object> analysis(int version, List<Long> below, String conclusions) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (long id : below) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("indicatorId", id);
            line.put("causeText", "资金拨付滞后，部分采购延期");
            line.put("measure", "次年一季度前完成整改");
            lines.add(line);
        }
        return Map.of("version", version, "progress", "全年平台稳定运行，完成年度主要任务", "indicators", lines,
                "conclusions", conclusions);
    }

    private static List<String> fields(JsonNode errors) {
        return errors.valueStream().map(error -> error.get("field").asString()).toList();
    }

    private static List<String> text(Row row) {
        DataFormatter formatter = new DataFormatter();
        return IntStream.range(0, row.getLastCellNum())
                .mapToObj(c -> row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c))).toList();
    }

    private String token(List<String> roles, List<String> departments, List<Long> projects) {
        return created(admin.post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "self-evaluation-" + roles.getFirst() + "-" + System.nanoTime(), "roles",
                        roles, "departments", departments, "projects", projects))).get("token").asString();
    }

    private WebTestClient client(String token) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)).build();
    }

    private static JsonNode ok(WebTestClient.RequestHeadersSpec<?> request) {
        return request.exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static JsonNode created(WebTestClient.RequestHeadersSpec<?> request) {
        return request.exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
    }
}
