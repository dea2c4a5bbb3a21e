package org.jixiao.evaluation.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.jixiao.evaluation.EvaluationView;
import org.jixiao.evaluation.scoring.IndicatorScoreInput;
import org.jixiao.evaluation.scoring.ScoreCard;
import org.jixiao.evaluation.scoring.ScoreInput;
import org.jixiao.evaluation.scoring.ScoringEngine;
import org.jixiao.evaluation.scoring.ScoringPack;
import org.jixiao.indicator.grammar.TargetParser;
import org.jixiao.system.text.Messages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The state both exports print (最终 for a FINAL evaluation, 预计 only for one whose score still follows the data),
 * and every cell in one language with actuals in the unit of their target.
 */
class EvaluationTablesTests {

    private static final ScoreCard CARD = ScoringEngine.score(new ScoreInput(new BigDecimal("706000"),
            new BigDecimal("600000"), List.of(), ScoringPack.central()));

    private static final TargetParser PARSER = new TargetParser();

    /** The city cloud project's uptime at 93% against ≥95%, its cost at 720000 yuan against ≤70.6万元. */
    private static final ScoreCard MEASURED = ScoringEngine.score(new ScoreInput(new BigDecimal("706000"),
            new BigDecimal("600000"), List.of(
                    IndicatorScoreInput.measured(1, "产出指标", "质量指标", "城市云平台设备及网络正常运行率",
                            PARSER.parse("≥95%", 2026), new BigDecimal("93"), "measurement #1"),
                    IndicatorScoreInput.measured(2, "成本指标", "经济成本指标", "尾款控制数(万)",
                            PARSER.parse("≤70.6万元", 2026), new BigDecimal("720000"), "measurement #2"),
                    IndicatorScoreInput.measured(3, "产出指标", "数量指标", "服务器运维数量",
                            PARSER.parse("293台", 2026), new BigDecimal("290"), "measurement #3")),
            ScoringPack.central()));

    /** Three or more Latin letters in a row: an English word, unless it is part of a name from the data. */
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{3,}");

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Test
    void actualsAreShownInTheUnitOfTheirTarget() {
        Table chinese = EvaluationTables.project(view(MEASURED), Messages.CHINESE);
        Table english = EvaluationTables.project(view(MEASURED), Messages.ENGLISH);

        assertThat(actual(chinese, "尾款控制数(万)")).isEqualTo("72万元");
        assertThat(actual(chinese, "城市云平台设备及网络正常运行率")).isEqualTo("93%");
        assertThat(actual(chinese, "服务器运维数量")).isEqualTo("290台");
        assertThat(actual(english, "尾款控制数(万)")).isEqualTo("72 × 10,000 yuan");
        assertThat(actual(english, "城市云平台设备及网络正常运行率")).isEqualTo("93%");
        assertThat(actual(english, "服务器运维数量")).isEqualTo("290 units");
    }

    @Test
    void aChineseExportHasNoEnglishWordsAndAnEnglishOneNoChineseBeyondTheData() {
        EvaluationView view = view(MEASURED);
        List<String> names = List.of(view.projectName(), view.departmentCode() + " " + view.departmentName(),
                "产出指标", "成本指标", "质量指标", "经济成本指标", "数量指标", "城市云平台设备及网络正常运行率", "尾款控制数(万)",
                "服务器运维数量", "≥95%", "≤70.6万元", "293台");

        // The scoring pack's name (central 2025.1) is a name too.
        assertThat(cells(EvaluationTables.project(view, Messages.CHINESE)))
                .filteredOn(cell -> !cell.startsWith("central"))
                .allSatisfy(cell -> assertThat(ENGLISH_WORD.matcher(cell).find()).as(cell).isFalse());
        assertThat(cells(EvaluationTables.project(view, Messages.ENGLISH))).filteredOn(cell -> !names.contains(cell))
                .allSatisfy(cell -> assertThat(HAN.matcher(cell).find()).as(cell).isFalse());
        assertThat(cells(EvaluationTables.list(2026, List.of(view), Messages.ENGLISH)))
                .filteredOn(cell -> !names.contains(cell))
                .allSatisfy(cell -> assertThat(HAN.matcher(cell).find()).as(cell).isFalse());
    }

    @Test
    void theExecutionRateIsAPercentAndMoneyHeadersSayYuan() {
        List<List<Object>> rows = EvaluationTables.list(2026, List.of(view(CARD)), Messages.CHINESE).rows();

        assertThat(rows.getFirst()).startsWith("项目名称", "主管部门", "年度预算数（元）", "执行数（元）", "执行率");
        assertThat(rows.get(1).get(4)).isEqualTo("84.99%");
        assertThat(EvaluationTables.list(2026, List.of(view(CARD)), Messages.ENGLISH).rows().getFirst())
                .startsWith("Project", "Department", "Annual budget (yuan)", "Paid (yuan)", "Execution rate");
    }

    @Test
    void aFinalEvaluationIsFinalInBothExportsEvenWhenFinalizedBeforeTheYearEnded() {
        EvaluationView finalized = view("FINAL", false, LocalDate.of(2026, 11, 20),
                new EvaluationView.Live(LocalDate.of(2026, 12, 4), true, CARD));

        assertThat(stateOfProject(finalized)).isEqualTo("最终");
        assertThat(stateInList(finalized)).isEqualTo("最终");
        assertThat(cells(EvaluationTables.project(finalized, Messages.CHINESE))).noneMatch(cell -> cell.contains("预计"));
    }

    @Test
    void aDraftDuringTheYearIsProjected() {
        EvaluationView draft = view("DRAFT", true, LocalDate.of(2026, 12, 4), null);

        assertThat(stateOfProject(draft)).isEqualTo("预计（年度未结束）");
        assertThat(stateInList(draft)).isEqualTo("预计（年度未结束）");
    }

    @Test
    void aDraftAfterTheYearIsProjectedUntilFinalized() {
        EvaluationView draft = view("DRAFT", false, LocalDate.of(2027, 1, 15), null);

        assertThat(stateOfProject(draft)).isEqualTo("预计（未定稿）");
        assertThat(stateInList(draft)).isEqualTo("预计（未定稿）");
    }

    private static EvaluationView view(String state, boolean projected, LocalDate asOf, EvaluationView.Live live) {
        boolean finalized = state.equals("FINAL");
        return new EvaluationView(6, "城市云平台运维项目", "102", "晋城市数据局", 2026, asOf, projected, state,
                finalized ? "evaluator" : null, finalized ? Instant.parse("2026-11-20T02:00:00Z") : null,
                finalized ? "项目已提前完工验收" : null, CARD, List.of(), live);
    }

    private static String stateOfProject(EvaluationView view) {
        return EvaluationTables.project(view, Messages.CHINESE).rows().stream()
                .filter(row -> !row.isEmpty() && "状态".equals(row.get(0)))
                .findFirst().orElseThrow().get(1).toString();
    }

    private static String stateInList(EvaluationView view) {
        List<List<Object>> rows = EvaluationTables.list(2026, List.of(view), Messages.CHINESE).rows();
        assertThat(rows.getFirst().getLast()).isEqualTo("状态");
        return rows.get(1).getLast().toString();
    }

    private static EvaluationView view(ScoreCard card) {
        return new EvaluationView(6, "城市云平台运维项目", "102", "晋城市数据局", 2026, LocalDate.of(2026, 12, 4), true,
                "DRAFT", null, null, null, card, List.of(), null);
    }

    private static String actual(Table table, String level3) {
        return table.rows().stream().filter(row -> row.size() > 4 && level3.equals(row.get(2))).findFirst()
                .orElseThrow().get(4).toString();
    }

    private static List<String> cells(Table table) {
        return table.rows().stream().flatMap(List::stream).filter(cell -> cell != null).map(Object::toString).toList();
    }
}
