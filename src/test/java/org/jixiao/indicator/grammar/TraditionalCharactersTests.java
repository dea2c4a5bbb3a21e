package org.jixiao.indicator.grammar;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Targets printed in traditional script read as their simplified twins, and keep their printed text.
 */
class TraditionalCharactersTests {

    private static final TargetParser PARSER = new TargetParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ≧98％             | PERCENT  | GE | 98        | %
            ≦5個工作日         | DURATION | LE | 5         | 个工作日
            5個工作日內        | DURATION | LE | 5         | 个工作日
            不低於90%          | PERCENT  | GE | 90        | %
            不高於10%          | PERCENT  | LE | 10        | %
            大於95%            | PERCENT  | GT | 95        | %
            小於3次            | QUANTITY | LT | 3         | 次
            不超過50萬元       | MONEY    | LE | 500000    | 万元
            ≤1.5億元           | MONEY    | LE | 150000000 | 亿元
            ≥20臺              | QUANTITY | GE | 20        | 台
            ≥12項              | QUANTITY | GE | 12        | 项
            ≥300戶             | QUANTITY | GE | 300       | 户
            ≥8條               | QUANTITY | GE | 8         | 条
            ≥1000張            | QUANTITY | GE | 1000      | 张
            24小時內           | DURATION | LE | 24        | 小时
            30分鐘內           | DURATION | LE | 30        | 分钟
            ≥500畝             | QUANTITY | GE | 500       | 亩
            ≤200噸             | QUANTITY | LE | 200       | 吨
            ≥15公裏            | QUANTITY | GE | 15        | 公里
            不少於兩次         | QUANTITY | GE | 2         | 次
            2週                | DURATION | EQ | 2         | 周
            """)
    void measuresReadAsInSimplifiedScript(String text, TargetKind kind, ComparisonOperator comparator,
            BigDecimal value, String unit) {
        Target target = PARSER.parse(text, 2025);
        assertThat(target.text()).isEqualTo(text);
        assertThat(target.kind()).isEqualTo(kind);
        assertThat(target.comparator()).isEqualTo(comparator);
        assertThat(target.value()).isEqualTo(value);
        assertThat(target.unit()).isEqualTo(unit);
        assertThat(target.suspect()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            年內               | 2025-12-31
            10月內             | 2025-10-31
            9月內              | 2025-09-30
            """)
    void deadlinesWithTraditionalCalendarWords(String text, LocalDate due) {
        Target target = PARSER.parse(text, 2025);
        assertThat(target.kind()).isEqualTo(TargetKind.DEADLINE);
        assertThat(target.due()).isEqualTo(due);
        assertThat(target.text()).isEqualTo(text);
    }

    @Test
    void recurrenceWithTraditionalCalendarWords() {
        assertThat(PARSER.parse("每週", 2025).recurrence().every()).isEqualTo(Recurrence.Every.WEEK);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "符合國家標準", "依法依規", "規範運行", "達標", "準確", "穩定運行", "顯著提高", "有效提升",
            "實現", "系統維護及時", "按計劃推進", "滿意", "不突破預算", "服務質量明顯改善", "運行正常" })
    void qualitativePhrasesInTraditionalScript(String text) {
        Target target = PARSER.parse(text, 2025);
        assertThat(target.kind()).isEqualTo(TargetKind.QUALITATIVE);
        assertThat(target.text()).isEqualTo(text);
    }

    @Test
    void aMappingNotASpellingList() {
        assertThat(TraditionalCharacters.simplified("萬億兩個臺項條戶張時鐘週歲畝噸公裏於過內規範達標準確"))
            .isEqualTo("万亿两个台项条户张时钟周岁亩吨公里于过内规范达标准确");
        assertThat(TraditionalCharacters.simplified("≥95%、及时")).isEqualTo("≥95%、及时");
    }

}
