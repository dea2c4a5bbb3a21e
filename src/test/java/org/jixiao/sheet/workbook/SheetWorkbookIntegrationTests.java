package org.jixiao.sheet.workbook;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.jixiao.sheet.SheetDocument;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.StoreSnapshot;
import org.jixiao.support.TestSheets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.support.TestSheets.SEED_SHEETS;

@IntegrationTest
class SheetWorkbookIntegrationTests {

    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    @Autowired
    WebTestClient web;

    @Autowired
    WorkbookReader reader;

    @Autowired
    DatabaseClient db;

    @Test
    void theFourteenDemoProjectsAsOneWorkbookReadBackAsTheirJsonSheets() {
        byte[] workbook = web.get().uri("/api/v1/sheets?fiscalYear=2025&department=102").accept(XLSX).exchange()
                .expectStatus().isOk().expectHeader().contentType(XLSX)
                .expectBody(byte[].class).returnResult().getResponseBody();

        Map<String, SheetDocument> read = reader.read(workbook).stream().map(WorksheetReading::document)
                .collect(Collectors.toMap(sheet -> sheet.project().name(), Function.identity()));

        assertThat(read).hasSize(14);
        for (String name : SEED_SHEETS) {
            SheetDocument seed = TestWorkbooks.demo(name);
            assertThat(TestWorkbooks.comparable(read.get(seed.project().name()))).as(name)
                    .isEqualTo(TestWorkbooks.comparable(seed));
        }
    }

    @Test
    void oneProjectsSheetAsAWorkbookReadsBackAsItsJsonExport() {
        long id = idOf(importJson("city-cloud-ops", 2033, "工作簿导出-单项目"));
        JsonNode json = web.get().uri("/api/v1/projects/{id}/sheet", id).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        byte[] workbook = web.get().uri("/api/v1/projects/{id}/sheet", id).accept(XLSX).exchange()
                .expectStatus().isOk().expectHeader().contentType(XLSX)
                .expectBody(byte[].class).returnResult().getResponseBody();

        assertThat(TestWorkbooks.comparable(reader.read(workbook).getFirst().document()))
                .isEqualTo(TestWorkbooks.comparable(TestWorkbooks.document(json)));
    }

    @Test
    void aWorkbookOfTwoWorksheetsImportsBothAndTheyReadBackAsSent() {
        SheetDocument first = variant("egov-extranet-ops", 2034, "工作簿导入-甲");
        SheetDocument second = variant("hotline-center-outsourcing", 2034, "工作簿导入-乙");

        JsonNode created = web.post().uri("/api/v1/sheets").contentType(XLSX)
                .bodyValue(TestWorkbooks.workbook(first, second)).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(created.size()).isEqualTo(2);
        JsonNode stored = web.get().uri("/api/v1/projects/{id}/sheet", created.get(1).get("id").asLong()).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(TestWorkbooks.comparable(TestWorkbooks.document(stored)))
                .isEqualTo(TestWorkbooks.comparable(second));
    }

    @Test
    void aWorkbookSentAsAMultipartFileImportsLikeARawBody() {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("file", new ByteArrayResource(TestWorkbooks.workbook(
                variant("city-cloud-ops", 2034, "工作簿导入-表单"))) {
            @Override
            public String getFilename() {
                return "sheets.xlsx";
            }
        }).contentType(XLSX);

        web.post().uri("/api/v1/sheets").body(BodyInserters.fromMultipartData(parts.build())).exchange()
                .expectStatus().isCreated().expectBody().jsonPath("$[0].name").isEqualTo("工作簿导入-表单");
    }

    @Test
    void aPreviewTellsWhatWouldBeStoredAndStoresNothing() {
        SheetDocument sheet = variant("cloud-resource-rental", 2035, "工作簿预览");
        StoreSnapshot before = StoreSnapshot.of(db);

        JsonNode preview = web.post().uri("/api/v1/sheets/preview").contentType(XLSX)
                .bodyValue(TestWorkbooks.workbook(sheet)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(StoreSnapshot.of(db)).isEqualTo(before);
        assertThat(preview.get("importable").asBoolean()).isTrue();
        JsonNode first = preview.get("sheets").get(0);
        assertThat(first.get("projectName").asString()).isEqualTo("工作簿预览");
        assertThat(first.get("indicators").size()).isEqualTo(16);
        assertThat(first.get("indicators").get(0).get("target").get("kind").asString()).isNotBlank();
        assertThat(first.get("warnings").valueStream().map(warning -> warning.get("code").asString()))
                .contains("TARGET_MISSING");
    }

    @Test
    void aPreviewOfAJsonSheetAnswersTheSameShape() {
        web.post().uri("/api/v1/sheets/preview").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestSheets.json(TestSheets.variant("city-cloud-ops", 2035, "JSON预览"))).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.importable").isEqualTo(true)
                .jsonPath("$.sheets[0].projectName").isEqualTo("JSON预览");
    }

    @Test
    void aPreviewNamesTheCellOfEachProblemAndTheDemoProjectThatExists() {
        SheetDocument existing = TestWorkbooks.demo("city-cloud-ops");
        byte[] workbook = TestWorkbooks.changed(sheet -> {
            if (sheet.getWorkbook().getSheetIndex(sheet) == 1) {
                sheet.getRow(2).getCell(2).setBlank();
            }
        }, existing, variant("egov-extranet-ops", 2035, "无名称"));

        JsonNode preview = web.post().uri("/api/v1/sheets/preview").contentType(XLSX).bodyValue(workbook)
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(preview.get("importable").asBoolean()).isFalse();
        assertThat(preview.get("sheets").get(0).get("existingProject").isNumber()).isTrue();
        assertThat(preview.get("sheets").get(1).get("problems").get(0).get("field").asString())
                .isEqualTo("无名称!C3");
    }

    @Test
    void aWorkbookWithOneBrokenWorksheetStoresNoneAndNamesTheCell() {
        byte[] workbook = TestWorkbooks.changed(sheet -> {
            if (sheet.getSheetName().equals("坏表")) {
                sheet.getRow(2).getCell(2).setBlank();
            }
        }, variant("city-cloud-ops", 2036, "好表"), variant("egov-extranet-ops", 2036, "坏表"));

        assertRefused(workbook, 422, "坏表!C3");
    }

    @Test
    void aFileThatIsNotAZipIsRefused() {
        assertRefused("项目名称,指标值\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), 400, "body");
    }

    @Test
    void aTruncatedWorkbookIsRefused() {
        byte[] workbook = TestWorkbooks.workbook(variant("city-cloud-ops", 2036, "截断"));

        assertRefused(Arrays.copyOf(workbook, workbook.length / 2), 400, "body");
    }

    @Test
    void aWorksheetWithoutTheIndicatorBlockIsRefusedNamingTheWorksheet() {
        byte[] workbook = TestWorkbooks.changed(sheet -> {
            for (Row row : sheet) {
                row.forEach(cell -> {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && cell.getStringCellValue().equals("三级指标")) {
                        cell.setBlank();
                    }
                });
            }
        }, variant("city-cloud-ops", 2036, "无指标"));

        assertRefused(workbook, 422, "无指标");
    }

    @Test
    void aTargetInAColumnWithoutHeadingIsRefusedNamingItsCell() {
        byte[] workbook = TestWorkbooks.changed(sheet -> {
            Row first = sheet.getRow(headingRow(sheet) + 1);
            first.createCell(9).setCellValue(first.getCell(8).getStringCellValue());
            first.getCell(8).setBlank();
        }, variant("city-cloud-ops", 2036, "错列"));

        assertRefused(workbook, 422, "错列!J" + (headingRowOf(workbook) + 2));
    }

    @Test
    void aWorksheetWithoutAProjectNameIsRefusedNamingTheCell() {
        byte[] workbook = TestWorkbooks.changed(sheet -> sheet.getRow(2).getCell(2).setBlank(),
                variant("city-cloud-ops", 2036, "无项目名"));

        assertRefused(workbook, 422, "无项目名!C3");
    }

    @Test
    void aFiftyMegabyteFileIsRefusedBeforeItIsRead() {
        assertRefused(new byte[50 * 1024 * 1024], 413, null);
    }

    @Test
    void aProjectsSheetIsReplacedFromAWorkbookAsFromJson() {
        long id = idOf(importJson("city-cloud-ops", 2037, "工作簿替换"));
        byte[] workbook = web.get().uri("/api/v1/projects/{id}/sheet", id).accept(XLSX).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();

        web.put().uri("/api/v1/projects/{id}/sheet", id).contentType(XLSX).bodyValue(workbook).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(id);
    }

    private void assertRefused(byte[] workbook, int status, String field) {
        StoreSnapshot before = StoreSnapshot.of(db);

        JsonNode problem = web.post().uri("/api/v1/sheets").contentType(XLSX).bodyValue(workbook).exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(StoreSnapshot.of(db)).isEqualTo(before);
        if (field != null) {
            assertThat(problem.get("errors").valueStream().map(error -> error.get("field").asString()))
                    .as(problem.toString()).contains(field);
        }
    }

    private static int headingRow(org.apache.poi.ss.usermodel.Sheet sheet) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && row.getCell(1).toString().equals("一级指标")) {
                return row.getRowNum();
            }
        }
        throw new IllegalStateException("no indicator heading");
    }

    private static int headingRowOf(byte[] workbook) {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
            return headingRow(book.getSheetAt(0));
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    private static SheetDocument variant(String seed, int fiscalYear, String name) {
        return TestWorkbooks.document(TestSheets.variant(seed, fiscalYear, name));
    }

    private JsonNode importJson(String seed, int fiscalYear, String name) {
        return web.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestSheets.json(TestSheets.variant(seed, fiscalYear, name))).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static long idOf(JsonNode project) {
        return project.get("id").asLong();
    }
}
