package org.jixiao.indicator.grammar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The target value grammar (domain §3), form by form. Each table row is one printed text and what it must read as.
 */
class TargetParserTests {

    private static final int FISCAL_YEAR = 2025;

    private static final TargetParser PARSER = new TargetParser(BeforeMonthReading.PREVIOUS_MONTH_END);

    private static final TargetParser END_OF_MONTH_PARSER = new TargetParser(BeforeMonthReading.END_OF_MONTH);

    private static Target parse(String text) {
        return PARSER.parse(text, FISCAL_YEAR);
    }

    @Nested
    class Measures {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                ≥8人          | QUANTITY | GE | 8      | 人    | HIGHER_IS_BETTER
                ≥7676个       | QUANTITY | GE | 7676   | 个    | HIGHER_IS_BETTER
                ≥5600G        | QUANTITY | GE | 5600   | G     | HIGHER_IS_BETTER
                ≥120000GB     | QUANTITY | GE | 120000 | GB    | HIGHER_IS_BETTER
                ≥2500核       | QUANTITY | GE | 2500   | 核    | HIGHER_IS_BETTER
                ≥90分         | QUANTITY | GE | 90     | 分    | HIGHER_IS_BETTER
                <5%           | PERCENT  | LT | 5      | %     | LOWER_IS_BETTER
                ≤10%          | PERCENT  | LE | 10     | %     | LOWER_IS_BETTER
                ≥99%          | PERCENT  | GE | 99     | %     | HIGHER_IS_BETTER
                ≥99.5%        | PERCENT  | GE | 99.5   | %     | HIGHER_IS_BETTER
                ≤4小时         | DURATION | LE | 4      | 小时  | LOWER_IS_BETTER
                293台         | QUANTITY | EQ | 293    | 台    | EXACT
                2个           | QUANTITY | EQ | 2      | 个    | EXACT
                1名           | QUANTITY | EQ | 1      | 名    | EXACT
                100%          | PERCENT  | EQ | 100    | %     | EXACT
                4500平方米     | QUANTITY | EQ | 4500   | 平方米 | EXACT
                =100%         | PERCENT  | EQ | 100    | %     | EXACT
                ≥3            | QUANTITY | GE | 3      |       | HIGHER_IS_BETTER
                12            | QUANTITY | EQ | 12     |       | EXACT
                """)
        void comparisonNumberAndUnit(String text, TargetKind kind, ComparisonOperator comparator, BigDecimal value,
                String unit, Direction direction) {
            Target target = parse(text);
            assertThat(target.text()).isEqualTo(text);
            assertThat(target.kind()).isEqualTo(kind);
            assertThat(target.comparator()).isEqualTo(comparator);
            assertThat(target.value()).isEqualTo(value);
            assertThat(target.unit()).isEqualTo(unit);
            assertThat(target.perUnit()).isNull();
            assertThat(target.direction()).isEqualTo(direction);
            assertThat(target.due()).isNull();
            assertThat(target.range()).isNull();
            assertThat(target.parts()).isEmpty();
            assertThat(target.recurrence()).isNull();
            assertThat(target.suspect()).isFalse();
            assertThat(target.readingNotes()).isEmpty();
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                ≥95%        | GE
                ≧95%        | GE
                >=95%       | GE
                ＞=95%      | GE
                ⩾95%        | GE
                ＞＝95%      | GE
                >95%        | GT
                ＞95%       | GT
                ≤95%        | LE
                ≦95%        | LE
                <=95%       | LE
                ＜=95%      | LE
                ⩽95%        | LE
                <95%        | LT
                ＜95%       | LT
                =95%        | EQ
                ＝95%       | EQ
                等于95%      | EQ
                不低于95%    | GE
                不少于95%    | GE
                不小于95%    | GE
                大于等于95%  | GE
                至少95%      | GE
                达到95%      | GE
                大于95%      | GT
                高于95%      | GT
                超过95%      | GT
                不高于95%    | LE
                不超过95%    | LE
                不多于95%    | LE
                小于等于95%  | LE
                最多95%      | LE
                控制在95%以内 | LE
                小于95%      | LT
                低于95%      | LT
                95%以上      | GE
                95%及以上    | GE
                95%以下      | LE
                95%及以下    | LE
                95%以内      | LE
                ≥95%以上     | GE
                """)
        void everyComparatorSpelling(String text, ComparisonOperator comparator) {
            Target target = parse(text);
            assertThat(target.kind()).isEqualTo(TargetKind.PERCENT);
            assertThat(target.comparator()).isEqualTo(comparator);
            assertThat(target.value()).isEqualByComparingTo("95");
            assertThat(target.unit()).isEqualTo("%");
            assertThat(target.direction()).isEqualTo(comparator.direction());
            assertThat(target.suspect()).as("clean spelling is not suspect").isFalse();
        }

        @Test
        void comparisonsGiveTheScoringDirection() {
            assertThat(ComparisonOperator.values()).extracting(ComparisonOperator::direction)
                .containsExactly(Direction.HIGHER_IS_BETTER, Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER,
                        Direction.LOWER_IS_BETTER, Direction.EXACT);
        }

    }

    @Nested
    class Money {

        @ParameterizedTest(name = "{0} -> {2} yuan")
        @CsvSource(delimiter = '|', textBlock = """
                ≤70.6万元    | LE | 706000    | 万元    |
                110.49万元   | EQ | 1104900   | 万元    |
                ≤6000元/台   | LE | 6000      | 元/台   | 台
                ≤3000万元    | LE | 30000000  | 万元    |
                ≤4.7万元     | LE | 47000     | 万元    |
                ≤0.5万元     | LE | 5000      | 万元    |
                ≥1.5亿元     | GE | 150000000 | 亿元    |
                ≤8千元       | LE | 8000      | 千元    |
                ≤2万元/年    | LE | 20000     | 万元/年 | 年
                1234.56元    | EQ | 1234.56   | 元      |
                '≤ 7,676 元' | LE | 7676      | 元      |
                """)
        void normalisesToYuan(String text, ComparisonOperator comparator, String yuan, String unit, String perUnit) {
            Target target = parse(text);
            assertThat(target.kind()).isEqualTo(TargetKind.MONEY);
            assertThat(target.comparator()).isEqualTo(comparator);
            assertThat(target.value().toPlainString()).as("plain yuan, no exponent").isEqualTo(yuan);
            assertThat(target.value().scale()).isNotNegative();
            assertThat(target.unit()).isEqualTo(unit);
            assertThat(target.perUnit()).isEqualTo(perUnit);
            assertThat(target.direction()).isEqualTo(comparator.direction());
            assertThat(target.suspect()).isFalse();
        }

    }

    @Nested
    class Noise {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                ≫8人         | QUANTITY | GE | 8        | true
                ≪3000万元    | MONEY    | LE | 30000000 | true
                '＞ 95 ％'   | PERCENT  | GT | 95       | false
                >=95%        | PERCENT  | GE | 95       | false
                '>= 95 %'    | PERCENT  | GE | 95       | false
                '≥ 7,676 个' | QUANTITY | GE | 7676     | false
                １２０台      | QUANTITY | EQ | 120      | false
                '　≥95%　'   | PERCENT  | GE | 95       | false
                ≥95%。       | PERCENT  | GE | 95       | false
                ≥95%、       | PERCENT  | GE | 95       | false
                ≥95﹪        | PERCENT  | GE | 95       | false
                '< 0%'       | PERCENT  | LT | 0        | true
                ≤0           | QUANTITY | LE | 0        | true
                <0个         | QUANTITY | LT | 0        | true
                ≥120%        | PERCENT  | GE | 120      | true
                >100.5%      | PERCENT  | GT | 100.5    | true
                120%         | PERCENT  | EQ | 120      | true
                ≤120%        | PERCENT  | LE | 120      | false
                =>5个        | QUANTITY | GE | 5        | true
                =<5个        | QUANTITY | LE | 5        | true
                ≥95%以下     | PERCENT  | GE | 95       | true
                """)
        void readsThroughNoiseAndFlagsGuesses(String text, TargetKind kind, ComparisonOperator comparator,
                BigDecimal value, boolean suspect) {
            Target target = parse(text);
            assertThat(target.text()).isEqualTo(text);
            assertThat(target.kind()).isEqualTo(kind);
            assertThat(target.comparator()).isEqualTo(comparator);
            assertThat(target.value()).isEqualByComparingTo(value);
            assertThat(target.suspect()).isEqualTo(suspect);
            assertThat(target.readingNotes()).as("a guess says what was assumed").hasSize(suspect ? 1 : 0);
        }

        @Test
        void ocrSignNoteSaysWhatWasAssumed() {
            assertThat(parse("≫8人").readingNotes()).singleElement().asString().contains("≫").contains("≥");
            assertThat(parse("< 0%").readingNotes()).singleElement().asString().contains("below zero");
        }

    }

    @Nested
    class Deadlines {

        @ParameterizedTest(name = "{0} -> {1} / {2}")
        @CsvSource(delimiter = '|', textBlock = """
                10月            | 2025-10-31 | 2025-10-31 | LE
                6月             | 2025-06-30 | 2025-06-30 | LE
                2月             | 2025-02-28 | 2025-02-28 | LE
                ≤6月            | 2025-06-30 | 2025-06-30 | LE
                ≤11月           | 2025-11-30 | 2025-11-30 | LE
                6月底           | 2025-06-30 | 2025-06-30 | LE
                5月底前         | 2025-05-31 | 2025-05-31 | LE
                6月底前         | 2025-06-30 | 2025-06-30 | LE
                6月末           | 2025-06-30 | 2025-06-30 | LE
                6月末前         | 2025-06-30 | 2025-06-30 | LE
                10月份          | 2025-10-31 | 2025-10-31 | LE
                10月内          | 2025-10-31 | 2025-10-31 | LE
                10月前          | 2025-09-30 | 2025-10-31 | LE
                10月之前        | 2025-09-30 | 2025-10-31 | LE
                10月以前        | 2025-09-30 | 2025-10-31 | LE
                12月前          | 2025-11-30 | 2025-12-31 | LE
                6月前           | 2025-05-31 | 2025-06-30 | LE
                9月前           | 2025-08-31 | 2025-09-30 | LE
                3月前           | 2025-02-28 | 2025-03-31 | LE
                1月前           | 2024-12-31 | 2025-01-31 | LE
                '10 月 前'      | 2025-09-30 | 2025-10-31 | LE
                １０月前         | 2025-09-30 | 2025-10-31 | LE
                <5月            | 2025-04-30 | 2025-04-30 | LT
                ＜5月           | 2025-04-30 | 2025-04-30 | LT
                <1月            | 2024-12-31 | 2024-12-31 | LT
                <2025年10月15日 | 2025-10-14 | 2025-10-14 | LT
                不晚于9月        | 2025-09-30 | 2025-09-30 | LE
                不迟于9月底      | 2025-09-30 | 2025-09-30 | LE
                年底            | 2025-12-31 | 2025-12-31 | LE
                年末            | 2025-12-31 | 2025-12-31 | LE
                年底前          | 2025-12-31 | 2025-12-31 | LE
                全年            | 2025-12-31 | 2025-12-31 | LE
                年内            | 2025-12-31 | 2025-12-31 | LE
                下半年          | 2025-12-31 | 2025-12-31 | LE
                上半年          | 2025-06-30 | 2025-06-30 | LE
                第一季度        | 2025-03-31 | 2025-03-31 | LE
                第三季度        | 2025-09-30 | 2025-09-30 | LE
                第2季度         | 2025-06-30 | 2025-06-30 | LE
                2季度末         | 2025-06-30 | 2025-06-30 | LE
                四季度末        | 2025-12-31 | 2025-12-31 | LE
                第三季度前      | 2025-06-30 | 2025-09-30 | LE
                2023年12月前    | 2023-11-30 | 2023-12-31 | LE
                2025年10月底    | 2025-10-31 | 2025-10-31 | LE
                2024年6月       | 2024-06-30 | 2024-06-30 | LE
                2026年1月前     | 2025-12-31 | 2026-01-31 | LE
                2025年底        | 2025-12-31 | 2025-12-31 | LE
                2026年上半年     | 2026-06-30 | 2026-06-30 | LE
                2025年10月15日  | 2025-10-15 | 2025-10-15 | LE
                2025年10月15日前 | 2025-10-15 | 2025-10-15 | LE
                2025-10-15      | 2025-10-15 | 2025-10-15 | LE
                2025/10/15      | 2025-10-15 | 2025-10-15 | LE
                2025-10         | 2025-10-31 | 2025-10-31 | LE
                10月15日前      | 2025-10-15 | 2025-10-15 | LE
                10月15号        | 2025-10-15 | 2025-10-15 | LE
                十月            | 2025-10-31 | 2025-10-31 | LE
                十月底          | 2025-10-31 | 2025-10-31 | LE
                十二月前        | 2025-11-30 | 2025-12-31 | LE
                二月前          | 2025-01-31 | 2025-02-28 | LE
                十月十五日      | 2025-10-15 | 2025-10-15 | LE
                10月上旬        | 2025-10-10 | 2025-10-10 | LE
                10月中旬        | 2025-10-20 | 2025-10-20 | LE
                10月下旬        | 2025-10-31 | 2025-10-31 | LE
                10月底前完成     | 2025-10-31 | 2025-10-31 | LE
                6月前支付        | 2025-05-31 | 2025-06-30 | LE
                截至10月底       | 2025-10-31 | 2025-10-31 | LE
                """)
        void dueDateUnderBothReadings(String text, LocalDate previousMonthEnd, LocalDate endOfMonth,
                ComparisonOperator comparator) {
            Target byDefault = parse(text);
            assertThat(byDefault.text()).isEqualTo(text);
            assertThat(byDefault.kind()).isEqualTo(TargetKind.DEADLINE);
            assertThat(byDefault.due()).isEqualTo(previousMonthEnd);
            assertThat(byDefault.comparator()).isEqualTo(comparator);
            assertThat(byDefault.value()).isNull();
            assertThat(byDefault.unit()).isNull();
            assertThat(byDefault.direction()).isNull();
            assertThat(byDefault.suspect()).isFalse();

            Target byEndOfMonth = END_OF_MONTH_PARSER.parse(text, FISCAL_YEAR);
            assertThat(byEndOfMonth.kind()).isEqualTo(TargetKind.DEADLINE);
            assertThat(byEndOfMonth.due()).isEqualTo(endOfMonth);
            assertThat(byEndOfMonth.comparator()).isEqualTo(comparator);
        }

        @Test
        void noYearMeansTheFiscalYear() {
            assertThat(PARSER.parse("2月", 2024).due()).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat(PARSER.parse("全年", 2026).due()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(PARSER.parse("1月前", 2026).due()).isEqualTo(LocalDate.of(2025, 12, 31));
        }

        @Test
        void beforeMonthReadingIsExplainedInTheNotes() {
            assertThat(parse("10月前").readingNotes()).singleElement()
                .asString()
                .contains("before month 10 begins")
                .contains("2025-09-30");
            assertThat(END_OF_MONTH_PARSER.parse("10月前", FISCAL_YEAR).readingNotes()).singleElement()
                .asString()
                .contains("end of month 10");
            assertThat(parse("10月").readingNotes()).isEmpty();
        }

        @Test
        void defaultParserReadsBeforeMonthAsPreviousMonthEnd() {
            assertThat(new TargetParser().beforeMonthReading()).isEqualTo(BeforeMonthReading.PREVIOUS_MONTH_END);
            assertThat(new TargetParser(null).parse("10月前", FISCAL_YEAR).due()).isEqualTo(LocalDate.of(2025, 9, 30));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                ≥10月       | GE | 2025-10-31
                >10月       | GT | 2025-10-31
                <第三季度    | LT | 2025-09-30
                <10月底      | LT | 2025-10-31
                """)
        void unusualSignsBeforeADateAreSuspect(String text, ComparisonOperator comparator, LocalDate due) {
            Target target = parse(text);
            assertThat(target.kind()).isEqualTo(TargetKind.DEADLINE);
            assertThat(target.comparator()).isEqualTo(comparator);
            assertThat(target.due()).isEqualTo(due);
            assertThat(target.suspect()).isTrue();
            assertThat(target.readingNotes()).isNotEmpty();
        }

        @Test
        void monthIsADeadlineButMonthsAreADuration() {
            assertThat(parse("3月").kind()).isEqualTo(TargetKind.DEADLINE);
            assertThat(parse("3个月").kind()).isEqualTo(TargetKind.DURATION);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = { "13月", "0月", "13月前", "十三月", "2025年13月", "2025年2月30日", "2025-02-30", "2025-13-01",
                "第五季度" })
        void impossibleDatesAreUnparsed(String text) {
            Target target = parse(text);
            assertThat(target.kind()).isEqualTo(TargetKind.UNPARSED);
            assertThat(target.text()).isEqualTo(text);
            assertThat(target.due()).isNull();
        }

    }

    @Nested
    class Recurring {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                每天     | DAY       | 0
                每日     | DAY       | 0
                每周     | WEEK      | 0
                每星期   | WEEK      | 0
                每月     | MONTH     | 12
                按月     | MONTH     | 12
                每个月   | MONTH     | 12
                每月一次 | MONTH     | 12
                每季度   | QUARTER   | 4
                每季     | QUARTER   | 4
                按季度   | QUARTER   | 4
                每季度支付 | QUARTER  | 4
                每半年   | HALF_YEAR | 2
                每年     | YEAR      | 1
                每年度   | YEAR      | 1
                """)
        void recurrence(String text, Recurrence.Every every, int dueDates) {
            Target target = parse(text);
            assertThat(target.kind()).isEqualTo(TargetKind.RECURRING);
            assertThat(target.recurrence().every()).isEqualTo(every);
            assertThat(target.recurrence().dueDates()).hasSize(dueDates)
                .allSatisfy(date -> assertThat(date.getYear()).isEqualTo(FISCAL_YEAR));
            assertThat(target.due()).isNull();
            assertThat(target.comparator()).isNull();
            assertThat(target.direction()).isNull();
            assertThat(target.suspect()).isFalse();
        }

        @Test
        void dueDatesArePeriodEnds() {
            assertThat(parse("每季度").recurrence().dueDates()).containsExactly(LocalDate.of(2025, 3, 31),
                    LocalDate.of(2025, 6, 30), LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 31));
            assertThat(parse("每半年").recurrence().dueDates()).containsExactly(LocalDate.of(2025, 6, 30),
                    LocalDate.of(2025, 12, 31));
            assertThat(parse("每年").recurrence().dueDates()).containsExactly(LocalDate.of(2025, 12, 31));
            assertThat(PARSER.parse("每月", 2024).recurrence().dueDates()).startsWith(LocalDate.of(2024, 1, 31),
                    LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 31))
                .endsWith(LocalDate.of(2024, 11, 30), LocalDate.of(2024, 12, 31));
        }

    }

    @Nested
    class Durations {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                1年          | EQ | 1  | 年      | EXACT
                3个月        | EQ | 3  | 个月    | EXACT
                7天          | EQ | 7  | 天      | EXACT
                2周          | EQ | 2  | 周      | EXACT
                10秒         | EQ | 10 | 秒      | EXACT
                4小时内       | LE | 4  | 小时    | LOWER_IS_BETTER
                ≤4小时        | LE | 4  | 小时    | LOWER_IS_BETTER
                24小时以内    | LE | 24 | 小时    | LOWER_IS_BETTER
                10个工作日内   | LE | 10 | 个工作日 | LOWER_IS_BETTER
                5工作日内     | LE | 5  | 工作日   | LOWER_IS_BETTER
                30分钟内      | LE | 30 | 分钟    | LOWER_IS_BETTER
                ≤15日        | LE | 15 | 日      | LOWER_IS_BETTER
                ≥3年         | GE | 3  | 年      | HIGHER_IS_BETTER
                """)
        void lengthOfTime(String text, ComparisonOperator comparator, BigDecimal value, String unit,
                Direction direction) {
            Target target = parse(text);
            assertThat(target.kind()).isEqualTo(TargetKind.DURATION);
            assertThat(target.comparator()).isEqualTo(comparator);
            assertThat(target.value()).isEqualTo(value);
            assertThat(target.unit()).isEqualTo(unit);
            assertThat(target.direction()).isEqualTo(direction);
            assertThat(target.due()).isNull();
            assertThat(target.suspect()).isFalse();
        }

    }

    @Nested
    class Ranges {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                90%-95%     | 90   | %  | 95    | %    | %
                90%~95%     | 90   | %  | 95    | %    | %
                90%～95%    | 90   | %  | 95    | %    | %
                90%至95%    | 90   | %  | 95    | %    | %
                90%—95%     | 90   | %  | 95    | %    | %
                90-95%      | 90   | %  | 95    | %    | %
                1-3次       | 1    | 次 | 3     | 次   | 次
                1到3次      | 1    | 次 | 3     | 次   | 次
                1～3个工作日 | 1    | 个工作日 | 3 | 个工作日 | 个工作日
                1-2万元     | 10000 | 万元 | 20000 | 万元 | 万元
                5000元-1万元 | 5000 | 元 | 10000 | 万元 |
                """)
        void betweenTwoBounds(String text, String lower, String lowerUnit, String upper, String upperUnit,
                String unit) {
            Target target = parse(text);
            assertThat(target.kind()).isEqualTo(TargetKind.RANGE);
            assertThat(target.range().lower().value().toPlainString()).isEqualTo(lower);
            assertThat(target.range().lower().unit()).isEqualTo(lowerUnit);
            assertThat(target.range().upper().value().toPlainString()).isEqualTo(upper);
            assertThat(target.range().upper().unit()).isEqualTo(upperUnit);
            assertThat(target.unit()).isEqualTo(unit);
            assertThat(target.value()).isNull();
            assertThat(target.comparator()).isNull();
            assertThat(target.direction()).isEqualTo(Direction.EXACT);
            assertThat(target.suspect()).isFalse();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = { "95%-90%", "1个-3次", "90%-120%" })
        void doubtfulRangesAreSuspect(String text) {
            Target target = parse(text);
            assertThat(target.kind()).isEqualTo(TargetKind.RANGE);
            assertThat(target.suspect()).isTrue();
            assertThat(target.readingNotes()).isNotEmpty();
        }

    }

    @Nested
    class Compounds {

        @Test
        void faultResponseTimes() {
            Target target = parse("一般故障4小时内、较大故障8小时内、重大故障24小时内");
            assertThat(target.kind()).isEqualTo(TargetKind.COMPOUND);
            assertThat(target.comparator()).isNull();
            assertThat(target.value()).isNull();
            assertThat(target.direction()).isNull();
            assertThat(target.suspect()).isFalse();
            assertThat(target.parts()).extracting(Part::label, p -> p.target().text(), p -> p.target().kind(),
                    p -> p.target().comparator(), p -> p.target().value(), p -> p.target().unit(),
                    p -> p.target().direction())
                .containsExactly(
                        tuple("一般故障", "4小时内", TargetKind.DURATION, ComparisonOperator.LE, new BigDecimal("4"), "小时",
                                Direction.LOWER_IS_BETTER),
                        tuple("较大故障", "8小时内", TargetKind.DURATION, ComparisonOperator.LE, new BigDecimal("8"), "小时",
                                Direction.LOWER_IS_BETTER),
                        tuple("重大故障", "24小时内", TargetKind.DURATION, ComparisonOperator.LE, new BigDecimal("24"),
                                "小时", Direction.LOWER_IS_BETTER));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                '一般故障4小时内，较大故障8小时内'      | 一般故障 | 4小时内  | 较大故障 | 8小时内
                '一般故障：4小时内；较大故障：8小时内'   | 一般故障 | 4小时内  | 较大故障 | 8小时内
                '响应时间≤30分钟; 到场时间≤2小时'      | 响应时间 | ≤30分钟  | 到场时间 | ≤2小时
                '满意度 ≥ 90%,完成率100%'             | 满意度   | ≥ 90%    | 完成率   | 100%
                '≥95%、≤5%'                          |         | ≥95%     |          | ≤5%
                """)
        void separatorsAndLabels(String text, String firstLabel, String firstText, String secondLabel,
                String secondText) {
            Target target = parse(text);
            firstLabel = Objects.toString(firstLabel, "");
            secondLabel = Objects.toString(secondLabel, "");
            assertThat(target.kind()).isEqualTo(TargetKind.COMPOUND);
            assertThat(target.parts()).extracting(Part::label, p -> p.target().text())
                .containsExactly(tuple(firstLabel, firstText), tuple(secondLabel, secondText));
            assertThat(target.parts()).allSatisfy(p -> assertThat(p.target().kind()).isNotEqualTo(TargetKind.UNPARSED));
        }

        @Test
        void partsMayBeDeadlines() {
            Target target = parse("终验款6月前、质保金11月前");
            assertThat(target.kind()).isEqualTo(TargetKind.COMPOUND);
            assertThat(target.parts()).extracting(Part::label, p -> p.target().kind(), p -> p.target().due())
                .containsExactly(tuple("终验款", TargetKind.DEADLINE, LocalDate.of(2025, 5, 31)),
                        tuple("质保金", TargetKind.DEADLINE, LocalDate.of(2025, 10, 31)));
        }

        @Test
        void suspectPartMakesTheCompoundSuspect() {
            Target target = parse("一般故障≪4小时、较大故障8小时内");
            assertThat(target.kind()).isEqualTo(TargetKind.COMPOUND);
            assertThat(target.suspect()).isTrue();
            assertThat(target.parts().getFirst().target().suspect()).isTrue();
            assertThat(target.readingNotes()).singleElement().asString().startsWith("一般故障: ");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                满意度≥90% | 满意度 | PERCENT  | GE | 90
                约95%      | 约     | PERCENT  | EQ | 95
                提高5%     | 提高   | PERCENT  | EQ | 5
                每年9月    | 每年   | DEADLINE | LE |
                """)
        void singleLabelledValueIsReadButSuspect(String text, String label, TargetKind kind,
                ComparisonOperator comparator, BigDecimal value) {
            Target target = parse(text);
            assertThat(target.kind()).isEqualTo(kind);
            assertThat(target.comparator()).isEqualTo(comparator);
            assertThat(target.value()).isEqualTo(value);
            assertThat(target.suspect()).as("the label may change the meaning").isTrue();
            assertThat(target.readingNotes()).last().asString().contains(label);
        }

        @Test
        void piecesThatAreNotValuesAreNoCompound() {
            assertThat(parse("一般故障4小时内、见附件").kind()).isEqualTo(TargetKind.UNPARSED);
        }

    }

    @Nested
    class Qualitative {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = { "及时", "保障", "提高", "提升", "推进", "推动", "合理", "确保", "缓解", "促进", "实现", "有效", "持续",
                "加强", "改善", "增强", "稳定", "良好", "显著", "明显", "达标", "合格", "完成", "满意", "规范", "安全", "优化", "降低", "减少",
                "是", "正常", "充分", "按时完成", "明显提升", "及时有效", "有效缓解", "及时、有效", "逐步提高", "服务质量显著提升" })
        void judgementWords(String text) {
            Target target = parse(text);
            assertThat(target.kind()).isEqualTo(TargetKind.QUALITATIVE);
            assertThat(target.text()).isEqualTo(text);
            assertThat(target.comparator()).isNull();
            assertThat(target.value()).isNull();
            assertThat(target.direction()).isNull();
            assertThat(target.due()).isNull();
            assertThat(target.suspect()).isFalse();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = { "提高服务水平提高服务水平提高服务水平提高服务水平提高服务水平提高水平", "是否", "提高5个百分点以上的增长" })
        void longOrNumericTextIsNotQualitative(String text) {
            assertThat(parse(text).kind()).isNotEqualTo(TargetKind.QUALITATIVE);
        }

    }

    @Nested
    class Missing {

        @ParameterizedTest(name = "[{0}]")
        @NullSource
        @ValueSource(strings = { "", " ", "\t", "\n", "　", "/", "／", "-", "－", "—", "——", "--", "无", " 无 " })
        void blankCells(String text) {
            Target target = parse(text);
            assertThat(target.kind()).isEqualTo(TargetKind.MISSING);
            assertThat(target.text()).isEqualTo(text);
            assertThat(target.comparator()).isNull();
            assertThat(target.value()).isNull();
            assertThat(target.suspect()).isFalse();
            assertThat(target.readingNotes()).isEmpty();
            assertThat(target.parts()).isEmpty();
        }

    }

    @Nested
    class Unparsed {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = { "见附件", "abc", "13月", "≥", "%", "≤万元", "95%%", "年前", "月", "详见实施方案", "≥≥95",
                "1.2.3", "≥95%、见附件", "N/A", "？", "-5%", "--5%", "-1", "≥-5%", "10-12月", "2025年前", "满意度≥90%，及时" })
        void keptVerbatim(String text) {
            Target target = parse(text);
            assertThat(target.kind()).isEqualTo(TargetKind.UNPARSED);
            assertThat(target.text()).isEqualTo(text);
            assertThat(target.comparator()).isNull();
            assertThat(target.value()).isNull();
            assertThat(target.direction()).isNull();
            assertThat(target.due()).isNull();
            assertThat(target.parts()).isEmpty();
        }

        static Stream<String> oddInputs() {
            return Stream.of("≥".repeat(10_000), "9".repeat(5_000) + "%", "1".repeat(199) + "个",
                    "一般故障4小时内、".repeat(500), "、".repeat(300), "🙂≥95%🙂", "≥95%🙂", "😀", "≥≤<>=%~-—至到",
                    "\u0000", "\uD800", "\uDFFF≥1", "每每每", "第第第季度", "2025-99-99", "99999999999999999999年",
                    "99999999999999999999月", "9999年99月99日", "0.0.0.0", "--5%", "-5%", "≥-5%", "1e10个", "∞",
                    "≥95%\n≤5%", "'≥95%'", "\"≥95%\"", "<script>", "%s%n", "\\d+", "(((((", "十十十月",
                    "一二三四五六七八九十月", "２０２５年１０月１５日", "1-", "-1", "~", "至", "每", "第", "年", "季度",
                    "≥95%、≤5%、", "a、b、c", ":4小时内、:8小时内");
        }

        @ParameterizedTest
        @MethodSource("oddInputs")
        void neverThrowsAndKeepsTheText(String text) {
            for (TargetParser parser : List.of(PARSER, END_OF_MONTH_PARSER)) {
                Target target = parser.parse(text, FISCAL_YEAR);
                assertThat(target).isNotNull();
                assertThat(target.text()).isEqualTo(text);
                assertThat(target.kind()).isNotNull();
                assertThat(target.readingNotes()).isNotNull();
                assertThat(target.parts()).isNotNull();
            }
        }

        @Test
        void neverThrowsOnRandomText() {
            String alphabet = "0123456789.,、，；;:%％≥≤<>=＞＜≫≪~-—至到月年日号前底末内以上下个元万亿/台人次小时工作日每季度半第"
                    + "一二三四五六七八九十及时提高 　\t😀";
            Random random = new Random(2025);
            List<String> inputs = new ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(25);
                for (int k = 0; k < length; k++) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                inputs.add(text.toString());
            }
            assertThatNoException().isThrownBy(() -> inputs.forEach(text -> {
                Target target = PARSER.parse(text, FISCAL_YEAR);
                assertThat(target.text()).isEqualTo(text);
                assertThat(target.suspect() && target.kind() == TargetKind.UNPARSED).isFalse();
            }));
        }

    }

    @Nested
    class Concurrency {

        @Test
        void parsesTheSameOnManyThreads() {
            List<String> texts = List.of("≥8人", "≤70.6万元", "10月前", "每季度", "一般故障4小时内、较大故障8小时内", "90%-95%", "及时",
                    "≫8人", "见附件", "1年", "全年", "≤6000元/台");
            List<Target> sequential = texts.stream().map(TargetParserTests::parse).toList();
            for (int round = 0; round < 50; round++) {
                List<Target> parallel = texts.parallelStream().map(TargetParserTests::parse).toList();
                assertThat(parallel).isEqualTo(sequential);
            }
        }

    }

    @Nested
    class Values {

        @Test
        void collectionsAreNeverNullAndCopied() {
            List<String> notes = new ArrayList<>(List.of("a"));
            Target target = new Target("x", TargetKind.UNPARSED, null, null, null, null, null, null, false, notes, null,
                    null, null);
            notes.add("b");
            assertThat(target.readingNotes()).containsExactly("a");
            assertThat(target.parts()).isEmpty();
            assertThat(new Recurrence(Recurrence.Every.DAY, null).dueDates()).isEmpty();
        }

        @Test
        void factories() {
            assertThat(Target.missing()).extracting(Target::text, Target::kind).containsExactly(null, TargetKind.MISSING);
            assertThat(Target.unparsed("见附件")).extracting(Target::text, Target::kind)
                .containsExactly("见附件", TargetKind.UNPARSED);
        }

        @Test
        void versionIsSet() {
            assertThat(TargetParser.VERSION).isNotBlank();
        }

    }

}
