package org.jixiao.evaluation.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jixiao.evaluation.EvaluationView;
import org.jixiao.evaluation.scoring.ScoreCard;
import org.jixiao.evaluation.scoring.ScoreInput;
import org.jixiao.evaluation.scoring.ScoringEngine;
import org.jixiao.evaluation.scoring.ScoringPack;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The state both exports print: 最终 for a FINAL evaluation, 预计 only for one whose score still follows the data. */
class EvaluationTablesTests {

    private static final ScoreCard CARD = ScoringEngine.score(new ScoreInput(new BigDecimal("706000"),
            new BigDecimal("600000"), List.of(), ScoringPack.central()));

    @Test
    void aFinalEvaluationIsFinalInBothExportsEvenWhenFinalizedBeforeTheYearEnded() {
        EvaluationView finalized = view("FINAL", false, LocalDate.of(2026, 11, 20),
                new EvaluationView.Live(LocalDate.of(2026, 12, 4), true, CARD));

        assertThat(stateOfProject(finalized)).isEqualTo("最终");
        assertThat(stateInList(finalized)).isEqualTo("最终");
        assertThat(cells(EvaluationTables.project(finalized))).noneMatch(cell -> cell.contains("预计"));
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
        return EvaluationTables.project(view).rows().stream().filter(row -> !row.isEmpty() && "状态".equals(row.get(0)))
                .findFirst().orElseThrow().get(1).toString();
    }

    private static String stateInList(EvaluationView view) {
        List<List<Object>> rows = EvaluationTables.list(2026, List.of(view)).rows();
        assertThat(rows.getFirst().getLast()).isEqualTo("状态");
        return rows.get(1).getLast().toString();
    }

    private static List<String> cells(Table table) {
        return table.rows().stream().flatMap(List::stream).filter(cell -> cell != null).map(Object::toString).toList();
    }
}
