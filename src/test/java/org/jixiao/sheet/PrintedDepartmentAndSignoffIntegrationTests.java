package org.jixiao.sheet;

import java.util.List;
import java.util.Map;

import org.jixiao.project.Department;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestSheets;
import org.jixiao.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sheets as other bodies print them: a department named without a code or not at all, and sign-off dates in every
 * form. They import (201) with a warning where something was made up or could not be read, and export as printed.
 */
@IntegrationTest
class PrintedDepartmentAndSignoffIntegrationTests {

    private static final String SEED = "egov-extranet-speedup-pilot";

    @Autowired
    WebTestClient admin;

    @LocalServerPort
    int port;

    @Test
    void aSheetNamingOnlyItsDepartmentIsFiledUnderACodeDerivedFromTheNameWithAWarning() {
        ObjectNode sheet = TestSheets.variant(SEED, 2036, "外网提速（只有部门名称）");
        department(sheet).remove("code");
        department(sheet).put("name", "阳城县 数据局");

        JsonNode project = postSheet(sheet);

        String code = Department.named("阳城县数据局").code();
        assertThat(project.get("department").get("code").asString()).isEqualTo(code).startsWith("dn-");
        assertThat(project.get("department").get("name").asString()).isEqualTo("阳城县 数据局");
        assertThat(warningsCoded(project, "DEPARTMENT_CODE_DERIVED")).singleElement()
                .satisfies(warning -> {
                    assertThat(warning.get("field").asString()).isEqualTo("project.department.code");
                    assertThat(warning.get("message").asString()).contains(code, "阳城县 数据局");
                });
        JsonNode exported = export(project.get("id").asLong());
        assertThat(exported.get("project").get("department").get("code").asString()).isEqualTo(code);
        assertThat(exported.get("project").get("department").get("name").asString()).isEqualTo("阳城县 数据局");
    }

    @Test
    void aDepartmentPrintedAsABareNameIsTheSameDepartment() {
        ObjectNode sheet = TestSheets.variant(SEED, 2036, "外网提速（部门为文字）");
        TestSheets.project(sheet).put("department", "阳城县数据局");

        JsonNode project = postSheet(sheet);

        assertThat(project.get("department").get("code").asString()).isEqualTo(Department.named("阳城县数据局").code());
        assertThat(warningsCoded(project, "DEPARTMENT_CODE_DERIVED")).hasSize(1);
        assertThat(warningsCoded(project, "UNKNOWN_KEY")).isEmpty();
    }

    @Test
    void aDerivedDepartmentIsSeenByAdministratorsAndItsOwnManagersButNotByManagersOfPrintedCodes() {
        ObjectNode sheet = TestSheets.variant(SEED, 2036, "外网提速（可见性）");
        TestSheets.project(sheet).put("department", "沁水县数据局");
        JsonNode project = postSheet(sheet);
        long id = project.get("id").asLong();
        String code = project.get("department").get("code").asString();

        WebTestClient managerOf102 = client(token(List.of("MANAGER"), List.of("102")));
        WebTestClient managerOfDerived = client(token(List.of("MANAGER"), List.of(code)));

        admin.get().uri("/api/v1/projects/{id}", id).exchange().expectStatus().isOk();
        managerOf102.get().uri("/api/v1/projects/{id}", id).exchange().expectStatus().isNotFound();
        assertThat(managerOf102.get().uri("/api/v1/projects?fiscalYear=2036&size=200").exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("items").findValuesAsString("name")).doesNotContain("外网提速（可见性）");
        managerOfDerived.get().uri("/api/v1/projects/{id}", id).exchange().expectStatus().isOk();
    }

    @Test
    void aSheetNamingNoDepartmentIsFiledUnderTheUnassignedDepartmentWithAWarning() {
        ObjectNode sheet = TestSheets.variant(SEED, 2036, "外网提速（无主管部门）");
        TestSheets.project(sheet).remove("department");

        JsonNode project = postSheet(sheet);

        assertThat(project.get("department").get("code").asString()).isEqualTo("unassigned");
        assertThat(project.get("department").get("name").asString()).isEqualTo("未注明主管部门");
        assertThat(warningsCoded(project, "DEPARTMENT_MISSING")).singleElement()
                .satisfies(warning -> assertThat(warning.get("field").asString()).isEqualTo("project.department"));
        client(token(List.of("MANAGER"), List.of("102"))).get().uri("/api/v1/projects/{id}", project.get("id").asLong())
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void aBlankDepartmentIsNoDepartment() {
        ObjectNode sheet = TestSheets.variant(SEED, 2036, "外网提速（空白部门）");
        department(sheet).put("code", "").put("name", " ");

        JsonNode project = postSheet(sheet);

        assertThat(project.get("department").get("code").asString()).isEqualTo("unassigned");
        assertThat(warningsCoded(project, "DEPARTMENT_MISSING")).hasSize(1);
    }

    @Test
    void aReplacementPrintingNoCodeKeepsTheStoredDepartmentWhenItNamesTheSameOneOrNone() {
        ObjectNode sheet = TestSheets.variant(SEED, 2036, "外网提速（替换不带代码）");
        long id = postSheet(sheet).get("id").asLong();

        department(sheet).remove("code");
        department(sheet).put("name", "晋城市 数据局");
        JsonNode sameName = putSheet(id, sheet);
        TestSheets.project(sheet).remove("department");
        JsonNode none = putSheet(id, sheet);

        for (JsonNode project : List.of(sameName, none)) {
            assertThat(project.get("department").get("code").asString()).isEqualTo("102");
            assertThat(project.get("department").get("name").asString()).isEqualTo("晋城市数据局");
            assertThat(warningsCoded(project, "DEPARTMENT_CODE_DERIVED")).isEmpty();
            assertThat(warningsCoded(project, "DEPARTMENT_MISSING")).isEmpty();
        }
    }

    @Test
    void aReplacementNamingAnotherDepartmentWithoutCodeMovesTheProjectThere() {
        ObjectNode sheet = TestSheets.variant(SEED, 2036, "外网提速（替换为另一部门）");
        long id = postSheet(sheet).get("id").asLong();
        TestSheets.project(sheet).put("department", "晋城市财政局");

        JsonNode project = putSheet(id, sheet);

        assertThat(project.get("department").get("code").asString())
                .isEqualTo(Department.named("晋城市财政局").code());
        assertThat(warningsCoded(project, "DEPARTMENT_CODE_DERIVED")).hasSize(1);
    }

    @ParameterizedTest(name = "''{0}'' → {1} / {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            20250226171011 | 2025-02-26 | 2025-02
            2021年3月15日   | 2021-03-15 | 2021-03
            2021.3.15      | 2021-03-15 | 2021-03
            2021-3-15      | 2021-03-15 | 2021-03
            2021/3/15      | 2021-03-15 | 2021-03
            2021-3         | -          | 2021-03
            2025-02-26     | 2025-02-26 | 2025-02
            """)
    void everyPrintedSignoffDateImportsIsReadAndExportsAsPrinted(String printed, String day, String month) {
        ObjectNode sheet = TestSheets.variant(SEED, 2037, "外网提速（填报日期 " + printed + "）");
        signoff(sheet).put("filledAt", printed);

        JsonNode project = postSheet(sheet);

        assertSignoff(project, printed, day, month);
        assertThat(warningsCoded(project, "SIGNOFF_DATE_UNREAD")).isEmpty();
        long id = project.get("id").asLong();
        assertSignoff(getJson("/api/v1/projects/" + id), printed, day, month);
        assertThat(export(id).get("signoff").get("filledAt").asString()).isEqualTo(printed);
    }

    @Test
    void aSignoffDatePrintedAsANumberIsKeptAsItsDigits() {
        ObjectNode sheet = TestSheets.variant(SEED, 2037, "外网提速（日期为数字）");
        signoff(sheet).put("filledAt", 20250226171011L);

        JsonNode project = postSheet(sheet);

        assertSignoff(project, "20250226171011", "2025-02-26", "2025-02");
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            2025-02-30
            见附件
            """)
    void anUnreadableSignoffDateIsKeptAsPrintedWithAWarning(String printed) {
        ObjectNode sheet = TestSheets.variant(SEED, 2037, "外网提速（日期无法读 " + printed + "）");
        signoff(sheet).put("filledAt", printed);

        JsonNode project = postSheet(sheet);

        assertSignoff(project, printed, null, null);
        assertThat(warningsCoded(project, "SIGNOFF_DATE_UNREAD")).singleElement()
                .satisfies(warning -> assertThat(warning.get("field").asString()).isEqualTo("signoff.filledAt"));
        assertThat(export(project.get("id").asLong()).get("signoff").get("filledAt").asString()).isEqualTo(printed);
    }

    @Test
    void aBlankSignoffDateIsKeptWithoutAWarning() {
        ObjectNode sheet = TestSheets.variant(SEED, 2037, "外网提速（日期空白）");
        signoff(sheet).put("filledAt", "");

        JsonNode project = postSheet(sheet);

        assertSignoff(project, "", null, null);
        assertThat(warningsCoded(project, "SIGNOFF_DATE_UNREAD")).isEmpty();
        assertThat(export(project.get("id").asLong()).get("signoff").get("filledAt").asString()).isEmpty();
    }

    private static void assertSignoff(JsonNode project, String printed, String day, String month) {
        JsonNode signoff = project.get("signoff");
        assertThat(signoff.get("filledAt").asString()).isEqualTo(printed);
        assertThat(signoff.get("filledOn").isNull() ? null : signoff.get("filledOn").asString()).isEqualTo(day);
        assertThat(signoff.get("filledMonth").isNull() ? null : signoff.get("filledMonth").asString())
                .isEqualTo(month);
    }

    private static ObjectNode department(ObjectNode sheet) {
        return (ObjectNode) TestSheets.project(sheet).get("department");
    }

    private static ObjectNode signoff(ObjectNode sheet) {
        return (ObjectNode) sheet.get("signoff");
    }

    private static List<JsonNode> warningsCoded(JsonNode project, String code) {
        return project.get("warnings").valueStream()
                .filter(warning -> warning.get("code").asString().equals(code))
                .toList();
    }

    private JsonNode postSheet(ObjectNode sheet) {
        return admin.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestSheets.json(sheet)).exchange()
                .expectStatus().isEqualTo(HttpStatus.CREATED)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode putSheet(long id, ObjectNode sheet) {
        return admin.put().uri("/api/v1/projects/{id}/sheet", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestSheets.json(sheet)).exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode export(long id) {
        return getJson("/api/v1/projects/" + id + "/sheet");
    }

    private JsonNode getJson(String uri) {
        return admin.get().uri(uri).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private String token(List<String> roles, List<String> departments) {
        return admin.post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "printed-departments-" + System.nanoTime(), "roles", roles,
                        "departments", departments, "projects", List.of()))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("token").asString();
    }

    private WebTestClient client(String token) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)).build();
    }
}
