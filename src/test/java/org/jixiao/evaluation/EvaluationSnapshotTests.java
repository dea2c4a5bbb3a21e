package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.evaluation.scoring.IndicatorScoreInput;
import org.jixiao.evaluation.scoring.QualitativeGrade;
import org.jixiao.evaluation.scoring.ScoreInput;
import org.jixiao.evaluation.scoring.ScoringEngine;
import org.jixiao.evaluation.scoring.ScoringPack;
import org.jixiao.indicator.grammar.BeforeMonthReading;
import org.jixiao.indicator.grammar.Target;
import org.jixiao.indicator.grammar.TargetParser;
import org.jixiao.support.TestSheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A snapshot is stored as JSON and read back when a FINAL evaluation is shown: for every real sheet (every kind of
 * target the grammar reads), what is read back equals what was stored, and its inputs still give its score.
 */
class EvaluationSnapshotTests {

    private static final TargetParser PARSER = new TargetParser(BeforeMonthReading.PREVIOUS_MONTH_END);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ScoringPack LOCAL_PACK = new ScoringPack("shanxi", "2025.2", BigDecimal.valueOf(20),
            BigDecimal.valueOf(40), BigDecimal.valueOf(30), BigDecimal.valueOf(10), true, true, true, 30);

    @ParameterizedTest
    @FieldSource("org.jixiao.support.TestSheets#SEED_SHEETS")
    void aSnapshotOfEverySheetReadsBackAsStoredAndItsInputsStillGiveItsScore(String sheet) {
        EvaluationSnapshot snapshot = EvaluationSnapshot.of(LocalDate.of(2025, 12, 1), input(sheet),
                List.of(new EvaluationView.Deviation(1, "驻场人数", "经费保障", "资金晚到")));

        EvaluationSnapshot read = JSON.readValue(JSON.writeValueAsString(snapshot), EvaluationSnapshot.class);

        assertThat(read).isEqualTo(snapshot);
        assertThat(read.format()).isEqualTo(EvaluationSnapshot.FORMAT);
        assertThat(ScoringEngine.score(read.input())).isEqualTo(read.score());
    }

    @Test
    void aSnapshotIsTheScoreOfItsInputs() {
        ScoreInput input = input("city-cloud-ops");

        EvaluationSnapshot snapshot = EvaluationSnapshot.of(LocalDate.of(2025, 12, 1), input, null);

        assertThat(snapshot.score()).isEqualTo(ScoringEngine.score(input));
        assertThat(snapshot.deviations()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new EvaluationSnapshot(EvaluationSnapshot.FORMAT, null,
                input, snapshot.score(), List.of()));
    }

    /**
     * The sheet's annual indicators with an actual at the target where it has a number, deadlines met on the due day,
     * a grade on the others, an override on the first; paid two thirds of the budget, under a local pack.
     */
    private static ScoreInput input(String sheet) {
        JsonNode root = TestSheets.seed(sheet);
        int fiscalYear = root.path("fiscalYear").asInt();
        List<IndicatorScoreInput> indicators = new ArrayList<>();
        long id = 1;
        for (JsonNode row : root.path("indicators").path("annual")) {
            JsonNode text = row.path("target");
            Target target = PARSER.parse(text.isNull() ? null : text.asString(), fiscalYear);
            IndicatorScoreInput indicator = IndicatorScoreInput.measured(id, row.path("level1").asString(),
                    row.path("level2").asString(), row.path("level3").asString(), target, target.value(),
                    "measurement #" + id);
            if (target.due() != null) {
                indicator = indicator.withCompletedOn(target.due());
            }
            if (target.value() == null && target.due() == null) {
                indicator = indicator.withGrade(QualitativeGrade.PARTIAL, BigDecimal.valueOf(70));
            }
            if (id == 1) {
                indicator = indicator.withOverride(new BigDecimal("3.5"), "现场核查");
            }
            indicators.add(indicator);
            id++;
        }
        JsonNode total = root.path("funding").path("annual").path("total");
        BigDecimal budget = total.isNumber() ? total.decimalValue() : null;
        return new ScoreInput(budget, budget == null ? null : budget.multiply(BigDecimal.TWO)
                .divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.HALF_UP), indicators, LOCAL_PACK);
    }
}
