package org.jixiao.sheet;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.indicator.Indicator;
import org.jixiao.indicator.IndicatorScope;
import org.jixiao.indicator.grammar.BeforeMonthReading;
import org.jixiao.indicator.grammar.TargetParser;
import org.jixiao.project.Department;
import org.jixiao.project.Funding;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectWarning;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SheetConsistencyTests {

    private static final TargetParser PARSER = new TargetParser(BeforeMonthReading.PREVIOUS_MONTH_END);

    @Test
    void aCleanSheetHasNoWarnings() {
        Project project = project(funding(706000, 706000), funding(2118000, 2118000), "70.6");

        assertThat(SheetConsistency.warnings(project, List.of(annual("产出指标", "数量指标", "≥8人")))).isEmpty();
    }

    @Test
    void aDerivedOrMissingDepartmentIsReported() {
        List<Indicator> indicators = List.of(annual("产出指标", "数量指标", "≥8人"));
        Department derived = Department.named("晋城市数据局");

        assertThat(SheetConsistency.warnings(project(derived, null), indicators))
                .containsExactly(new ProjectWarning("DEPARTMENT_CODE_DERIVED", "project.department.code",
                        "the sheet prints no department code: '" + derived.code()
                                + "' was derived from the name '晋城市数据局'"));
        assertThat(SheetConsistency.warnings(project(Department.UNASSIGNED, null), indicators))
                .containsExactly(new ProjectWarning("DEPARTMENT_MISSING", "project.department",
                        "the sheet names no department: it is filed under 'unassigned'"));
    }

    @Test
    void onlyASignoffDateThatCannotBeReadIsReported() {
        List<Indicator> indicators = List.of(annual("产出指标", "数量指标", "≥8人"));
        Department department = new Department("102", "晋城市数据局");

        for (String readable : new String[] {null, "", "20250226171011", "2021-3", "2021年3月15日"}) {
            assertThat(SheetConsistency.warnings(project(department, readable), indicators)).isEmpty();
        }
        assertThat(SheetConsistency.warnings(project(department, "2025-02-30"), indicators))
                .containsExactly(new ProjectWarning("SIGNOFF_DATE_UNREAD", "signoff.filledAt",
                        "'2025-02-30' could not be read as a date; it is kept as printed"));
    }

    @Test
    void sourcesThatDoNotAddUpAreReportedAsPrinted() {
        // The city cloud sheet prints a period total of 7,258,000 with 1,200,000 from the city budget.
        Project project = project(funding(706000, 706000), funding(7258000, 1200000), "70.6");

        assertThat(SheetConsistency.warnings(project, List.of(annual("产出指标", "数量指标", "≥8人"))))
                .containsExactly(new ProjectWarning("FUNDING_SOURCES_DO_NOT_ADD_UP", "funding.period",
                        "the sources add up to 1200000 yuan but the total is 7258000 yuan"));
    }

    @Test
    void anAnnualTotalAboveThePeriodAndABudgetTableThatDisagreesAreReported() {
        Project project = project(funding(900000, 900000), funding(800000, 800000), "70.6");

        assertThat(SheetConsistency.warnings(project, List.of(annual("产出指标", "数量指标", "≥8人"))))
                .extracting(ProjectWarning::code)
                .containsExactly("ANNUAL_EXCEEDS_PERIOD", "BUDGET_DIFFERS_FROM_ANNUAL_FUNDING");
    }

    @Test
    void indicatorsWithoutATargetOrWithAnUnreadableOneAreReported() {
        Project project = project(funding(706000, 706000), funding(706000, 706000), "70.6");

        List<ProjectWarning> warnings = SheetConsistency.warnings(project, List.of(
                annual(0, "产出指标", "数量指标", null), annual(1, "产出指标", "质量指标", "见附件"),
                annual(2, "产出指标", "数量指标", "≫8人")));

        assertThat(warnings).extracting(ProjectWarning::code, ProjectWarning::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple("TARGET_MISSING", "indicators.annual[0].target"),
                org.assertj.core.groups.Tuple.tuple("TARGET_UNPARSED", "indicators.annual[1].target"),
                org.assertj.core.groups.Tuple.tuple("TARGET_SUSPECT", "indicators.annual[2].target"));
    }

    @Test
    void aLevelTwoNameOutsideItsGroupIsReported() {
        Project project = project(funding(706000, 706000), funding(706000, 706000), "70.6");

        List<ProjectWarning> warnings = SheetConsistency.warnings(project, List.of(
                annual("效益指标", "数量指标", "≥8人"), annual("产出指标", "创新指标", "≥8人")));

        assertThat(warnings).extracting(ProjectWarning::message).containsExactly(
                "'数量指标' is not a level-2 name under 效益指标",
                "'创新指标' is not one of the scheme's level-2 names");
    }

    @Test
    void aSheetWithoutAnnualIndicatorsCannotBeMonitored() {
        Project project = project(funding(706000, 706000), funding(706000, 706000), "70.6");

        assertThat(SheetConsistency.warnings(project, List.of())).extracting(ProjectWarning::code)
                .containsExactly("NO_ANNUAL_INDICATORS");
    }

    private static Indicator annual(String level1, String level2, String target) {
        return annual(0, level1, level2, target);
    }

    private static Indicator annual(int position, String level1, String level2, String target) {
        return new Indicator(null, null, IndicatorScope.ANNUAL, position, level1, level2, "指标",
                PARSER.parse(target, 2025), target);
    }

    private static Funding funding(long total, long cityCounty) {
        return new Funding(BigDecimal.valueOf(total), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.valueOf(cityCounty),
                BigDecimal.ZERO, null);
    }

    private static Project project(Funding annual, Funding period, String budgetWan) {
        return project(new Department("102", "晋城市数据局"), null, annual, period, budgetWan);
    }

    private static Project project(Department department, String filledAt) {
        return project(department, filledAt, funding(706000, 706000), funding(2118000, 2118000), "70.6");
    }

    private static Project project(Department department, String filledAt, Funding annual, Funding period,
            String budgetWan) {
        return new Project(null, 2025, department, "城市云平台运维项目", null, null, 3,
                new BigDecimal(budgetWan), period, annual, new Project.ProjectTexts(null, null, null, null, null),
                new Project.Goals(null, null), Project.Signoff.of(null, null, null, filledAt), List.of(), List.of(),
                null, null);
    }
}
