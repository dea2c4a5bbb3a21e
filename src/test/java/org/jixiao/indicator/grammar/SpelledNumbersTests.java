package org.jixiao.indicator.grammar;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers written in words: percent words ({@code 百分之九十五}), tenths ({@code 九成}), percentage points and Chinese
 * numerals before a unit ({@code 不少于三次}).
 */
class SpelledNumbersTests {

    private static final TargetParser PARSER = new TargetParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            百分之九十五          | EQ | 95
            百分之95              | EQ | 95
            百分之九十五点五      | EQ | 95.5
            百分之99.5            | EQ | 99.5
            百分之百              | EQ | 100
            百分之一百            | EQ | 100
            不低于百分之九十      | GE | 90
            不低於百分之九十      | GE | 90
            达到百分之八十五      | GE | 85
            百分之九十以上        | GE | 90
            不高于百分之五        | LE | 5
            低于百分之三          | LT | 3
            ≥百分之九十八         | GE | 98
            九成                  | EQ | 90
            九成五                | EQ | 95
            八成以上              | GE | 80
            不低于9成             | GE | 90
            百分之玖拾            | EQ | 90
            """)
    void percentWords(String text, ComparisonOperator comparator, BigDecimal value) {
        Target target = PARSER.parse(text, 2025);
        assertThat(target.text()).isEqualTo(text);
        assertThat(target.kind()).isEqualTo(TargetKind.PERCENT);
        assertThat(target.comparator()).isEqualTo(comparator);
        assertThat(target.value()).isEqualTo(value);
        assertThat(target.unit()).isEqualTo("%");
        assertThat(target.suspect()).isFalse();
        assertThat(target.readingNotes()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            5个百分点        | EQ | 5
            ≥2个百分点       | GE | 2
            不低于3个百分点  | GE | 3
            1.5个百分点以内  | LE | 1.5
            0.5百分点        | EQ | 0.5
            三个百分点       | EQ | 3
            """)
    void percentagePointsArePercentWithANote(String text, ComparisonOperator comparator, BigDecimal value) {
        Target target = PARSER.parse(text, 2025);
        assertThat(target.kind()).isEqualTo(TargetKind.PERCENT);
        assertThat(target.comparator()).isEqualTo(comparator);
        assertThat(target.value()).isEqualTo(value);
        assertThat(target.unit()).isEqualTo("%");
        assertThat(target.suspect()).isFalse();
        assertThat(target.readingNotes()).singleElement().asString().contains("percentage points");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            三次             | QUANTITY | EQ | 3       | 次
            不少于两次       | QUANTITY | GE | 2       | 次
            不少于十二次     | QUANTITY | GE | 12      | 次
            两个工作日内     | DURATION | LE | 2       | 个工作日
            十个工作日内     | DURATION | LE | 10      | 个工作日
            三十日内         | DURATION | LE | 30      | 日
            一年             | DURATION | EQ | 1       | 年
            至少一百零五人   | QUANTITY | GE | 105     | 人
            二十五家         | QUANTITY | EQ | 25      | 家
            十万人次         | QUANTITY | EQ | 10      | 万人次
            一万二千户       | QUANTITY | EQ | 12000   | 户
            ≥五项            | QUANTITY | GE | 5       | 项
            壹佰万元         | MONEY    | EQ | 1000000 | 万元
            不超过三十万元   | MONEY    | LE | 300000  | 万元
            四小时内         | DURATION | LE | 4       | 小时
            一次             | QUANTITY | EQ | 1       | 次
            """)
    void chineseNumeralsBeforeAUnit(String text, TargetKind kind, ComparisonOperator comparator, BigDecimal value,
            String unit) {
        Target target = PARSER.parse(text, 2025);
        assertThat(target.text()).isEqualTo(text);
        assertThat(target.kind()).isEqualTo(kind);
        assertThat(target.comparator()).isEqualTo(comparator);
        assertThat(target.value()).isEqualTo(value);
        assertThat(target.unit()).isEqualTo(unit);
        assertThat(target.suspect()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "一流", "万无一失", "九五", "百分之", "百分之九十五五", "十成十", "一二三", "百分之abc" })
    void wordsThatLookLikeNumbersAreNotMeasures(String text) {
        assertThat(PARSER.parse(text, 2025).kind()).isNotIn(TargetKind.PERCENT, TargetKind.QUANTITY,
                TargetKind.MONEY, TargetKind.DURATION);
    }

}
