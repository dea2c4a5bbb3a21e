package org.jixiao.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.jixiao.sheet.SheetDocument.IndicatorRow;
import org.jixiao.support.InEnglish;
import org.jixiao.support.TestSheets;
import org.jixiao.system.error.FieldViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class SheetValidatorTests {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @ParameterizedTest
    @FieldSource("org.jixiao.support.TestSheets#SEED_SHEETS")
    void everySeedSheetIsValid(String seed) {
        assertThat(SheetValidator.validate(seed(seed))).isEmpty();
    }

    static Stream<Arguments> violations() {
        return Stream.<Arguments>of(
                violation("fiscalYear", "is required", sheet -> withFiscalYear(sheet, null)),
                violation("fiscalYear", "must be between 2000 and 2100", sheet -> withFiscalYear(sheet, 2101)),
                violation("project", "is required", sheet -> new SheetDocument(sheet.fiscalYear(), null,
                        sheet.funding(), sheet.text(), sheet.goals(), sheet.indicators(), sheet.signoff(),
                        sheet.transcriptionNotes())),
                violation("project.name", "is required", sheet -> withProject(sheet, "\u3000", "102", 3,
                        BigDecimal.ONE)),
                violation("project.name", "is longer than 200 characters", sheet -> withProject(sheet, "项".repeat(201),
                        "102", 3, BigDecimal.ONE)),
                violation("project.department.code", "is longer than 32 characters",
                        sheet -> withDepartment(sheet, new SheetDocument.DepartmentSection("1".repeat(33), "晋城市数据局"))),
                violation("project.department.name", "is required",
                        sheet -> withDepartment(sheet, new SheetDocument.DepartmentSection("102", " "))),
                violation("project.department.name", "is longer than 200 characters",
                        sheet -> withDepartment(sheet, new SheetDocument.DepartmentSection(null, "局".repeat(201)))),
                violation("signoff.filledAt", "is longer than 64 characters",
                        sheet -> withFilledAt(sheet, "2".repeat(65))),
                violation("project.periodYears", "must be between 1 and 99 (99 = long-running)",
                        sheet -> withProject(sheet, "X", "102", 100, BigDecimal.ONE)),
                violation("project.budgetWan", "must not be negative (was -0.01)",
                        sheet -> withProject(sheet, "X", "102", 3, new BigDecimal("-0.01"))),
                violation("project.budgetWan", "is implausibly large (100000001; at most 100000000)",
                        sheet -> withProject(sheet, "X", "102", 3, new BigDecimal("100000001"))),
                violation("indicators.annual[0].level1", "is required",
                        sheet -> withAnnualRow(sheet, new IndicatorRow(null, "数量指标", "驻场人数", "≥8人"))),
                violation("indicators.annual[0].level1",
                        "'过程指标' is not a level-1 indicator name; expected one of 产出指标, 效益指标, 满意度指标, 成本指标",
                        sheet -> withAnnualRow(sheet, new IndicatorRow("过程指标", "数量指标", "驻场人数", "≥8人"))),
                violation("indicators.annual[0].level2", "is required",
                        sheet -> withAnnualRow(sheet, new IndicatorRow("产出指标", " ", "驻场人数", "≥8人"))),
                violation("indicators.annual[0].level3", "is required",
                        sheet -> withAnnualRow(sheet, new IndicatorRow("产出指标", "数量指标", null, "≥8人"))),
                violation("indicators.annual[0].target", "is longer than 500 characters",
                        sheet -> withAnnualRow(sheet, new IndicatorRow("产出指标", "数量指标", "驻场人数", "≥".repeat(501)))),
                violation("transcriptionNotes[0]", "must be a string, not null", sheet -> withNotes(sheet)));
    }

    private static Arguments violation(String field, String message, UnaryOperator<SheetDocument> damage) {
        return arguments(field, message, damage);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("violations")
    void aBrokenRuleIsReportedWithItsField(String field, String message, UnaryOperator<SheetDocument> damage) {
        List<FieldViolation> found = SheetValidator.validate(damage.apply(seed("city-cloud-ops")));

        assertThat(InEnglish.violations(found)).containsExactly(new FieldViolation(field, message));
    }

    @Test
    void theShortLevelOneNamesAndTheNewerCostGroupAreAccepted() {
        SheetDocument sheet = withAnnualRow(seed("city-cloud-ops"), new IndicatorRow("产出", "数量指标", "驻场人数", "≥8人"));
        SheetDocument costGroup = withAnnualRow(seed("city-cloud-ops"),
                new IndicatorRow("成本指标", "经济成本指标", "运维成本", "≤70.6万元"));

        assertThat(SheetValidator.validate(sheet)).isEmpty();
        assertThat(SheetValidator.validate(costGroup)).isEmpty();
    }

    static Stream<SheetDocument.DepartmentSection> departmentsWithoutCode() {
        return Stream.of(null, new SheetDocument.DepartmentSection(null, null),
                new SheetDocument.DepartmentSection("", "\u3000"), new SheetDocument.DepartmentSection(null, "晋城市数据局"),
                new SheetDocument.DepartmentSection(" ", "晋城市数据局"));
    }

    @ParameterizedTest
    @MethodSource("departmentsWithoutCode")
    void aDepartmentWithoutCodeOrWithoutAnythingIsValid(SheetDocument.DepartmentSection department) {
        assertThat(SheetValidator.validate(withDepartment(seed("city-cloud-ops"), department))).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("FILLED_AT_AS_PRINTED")
    void anySignoffDateWithinTheLengthLimitIsValid(String filledAt) {
        assertThat(SheetValidator.validate(withFilledAt(seed("city-cloud-ops"), filledAt))).isEmpty();
    }

    static final List<String> FILLED_AT_AS_PRINTED = Arrays.asList("20250226171011", "2021年3月15日",
            "2021.3.15", "2021-3", "", " ", null, "2025-02-30", "见附件", "2".repeat(64));

    @Test
    void moneyBoundsApplyToEverySource() {
        SheetDocument sheet = seed("city-cloud-ops");
        SheetDocument.FundingBreakdown bad = new SheetDocument.FundingBreakdown(new BigDecimal("-1"),
                new BigDecimal("1000000000001"), new BigDecimal("0.001"), null, BigDecimal.ZERO, null);
        SheetDocument damaged = new SheetDocument(sheet.fiscalYear(), sheet.project(),
                new SheetDocument.FundingSection(bad, sheet.funding().annual()), sheet.text(), sheet.goals(),
                sheet.indicators(), sheet.signoff(), sheet.transcriptionNotes());

        assertThat(SheetValidator.validate(damaged)).extracting(FieldViolation::field)
                .containsExactly("funding.period.total", "funding.period.central", "funding.period.provincial");
    }

    private static SheetDocument seed(String name) {
        return JSON.treeToValue(TestSheets.seed(name), SheetDocument.class);
    }

    private static SheetDocument withFiscalYear(SheetDocument sheet, Integer fiscalYear) {
        return new SheetDocument(fiscalYear, sheet.project(), sheet.funding(), sheet.text(), sheet.goals(),
                sheet.indicators(), sheet.signoff(), sheet.transcriptionNotes());
    }

    private static SheetDocument withProject(SheetDocument sheet, String name, String departmentCode,
            Integer periodYears, BigDecimal budgetWan) {
        SheetDocument.ProjectSection project = new SheetDocument.ProjectSection(name,
                new SheetDocument.DepartmentSection(departmentCode, "晋城市数据局"), "晋城市数据局", "延续性项目", periodYears,
                budgetWan);
        return new SheetDocument(sheet.fiscalYear(), project, sheet.funding(), sheet.text(), sheet.goals(),
                sheet.indicators(), sheet.signoff(), sheet.transcriptionNotes());
    }

    private static SheetDocument withDepartment(SheetDocument sheet, SheetDocument.DepartmentSection department) {
        SheetDocument.ProjectSection project = sheet.project();
        return new SheetDocument(sheet.fiscalYear(), new SheetDocument.ProjectSection(project.name(), department,
                project.implementingUnit(), project.attribute(), project.periodYears(), project.budgetWan()),
                sheet.funding(), sheet.text(), sheet.goals(), sheet.indicators(), sheet.signoff(),
                sheet.transcriptionNotes());
    }

    private static SheetDocument withFilledAt(SheetDocument sheet, String filledAt) {
        return new SheetDocument(sheet.fiscalYear(), sheet.project(), sheet.funding(), sheet.text(), sheet.goals(),
                sheet.indicators(), new SheetDocument.SignoffSection("张三", null, null, filledAt),
                sheet.transcriptionNotes());
    }

    private static SheetDocument withAnnualRow(SheetDocument sheet, IndicatorRow row) {
        return new SheetDocument(sheet.fiscalYear(), sheet.project(), sheet.funding(), sheet.text(), sheet.goals(),
                new SheetDocument.IndicatorsSection(sheet.indicators().period(), List.of(row)), sheet.signoff(),
                sheet.transcriptionNotes());
    }

    private static SheetDocument withNotes(SheetDocument sheet) {
        List<String> notes = new ArrayList<>();
        notes.add(null);
        return new SheetDocument(sheet.fiscalYear(), sheet.project(), sheet.funding(), sheet.text(), sheet.goals(),
                sheet.indicators(), sheet.signoff(), notes);
    }
}
