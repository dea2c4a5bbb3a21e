package org.jixiao.indicator.grammar;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bare {@code 万} or {@code 亿} after a number is money in a cost indicator, and stays a count elsewhere.
 */
class CostIndicatorsTests {

    private static final TargetParser PARSER = new TargetParser();

    @ParameterizedTest(name = "{0} ({1} / {2})")
    @CsvSource(delimiter = '|', textBlock = """
            80万           | 成本指标     | 设备购置成本       | EQ | 800000     | 万元
            ≤80万          | 成本指标     | 设备购置成本       | LE | 800000     | 万元
            ≤1.2亿         | 成本指标     | 项目总投资         | LE | 120000000  | 亿元
            不超过35万     | 经济成本指标 | 培训费             | LE | 350000     | 万元
            ≤12.5万        | 经济成本指标 | 单位面积造价       | LE | 125000     | 万元
            <50万          | 成本指标     | 印刷费             | LT | 500000     | 万元
            控制在200万以内 | 成本指标    | 运维成本           | LE | 2000000    | 万元
            300万          | 产出数量     | 项目资金           | EQ | 3000000    | 万元
            ≤45万          | 数量指标     | 年度运维费用       | LE | 450000     | 万元
            ≤2亿           | 效益指标     | 专项资金支出       | LE | 200000000  | 亿元
            ≤6万           | 质量指标     | 合同金额           | LE | 60000      | 万元
            ≤150万         | 时效指标     | 预算执行金额       | LE | 1500000    | 万元
            ≤8萬           | 成本指標     | 會議費用           | LE | 80000      | 万元
            ≤30万/年       | 成本指标     | 租赁成本           | LE | 300000     | 万元/年
            ≤3万           | 成本指标     | 差旅费用           | LE | 30000      | 万元
            五十万         | 成本指标     | 宣传费用           | EQ | 500000     | 万元
            """)
    void bareTenThousandsAreMoneyInCostRows(String text, String level2, String level3, ComparisonOperator comparator,
            BigDecimal yuan, String unit) {
        Target target = PARSER.parse(text, 2025, level2, level3);
        assertThat(target.text()).isEqualTo(text);
        assertThat(target.kind()).isEqualTo(TargetKind.MONEY);
        assertThat(target.comparator()).isEqualTo(comparator);
        assertThat(target.value()).isEqualTo(yuan);
        assertThat(target.unit()).isEqualTo(unit);
        assertThat(target.suspect()).isFalse();
        assertThat(target.readingNotes()).singleElement().asString().contains("counts costs");
    }

    @ParameterizedTest(name = "{0} ({1} / {2})")
    @CsvSource(delimiter = '|', textBlock = """
            10万人次   | 数量指标 | 服务人次     | 10 | 万人次
            ≥5万       | 数量指标 | 培训人数     | 5  | 万
            ≥2亿       | 效益指标 | 带动产值     | 2  | 亿
            ≥10万      | 社会成本指标 | 受益人口 | 10 | 万
            10万人次   | 成本指标 | 服务人次成本 | 10 | 万人次
            """)
    void outsideCostRowsTenThousandsStayACount(String text, String level2, String level3, BigDecimal value,
            String unit) {
        Target target = PARSER.parse(text, 2025, level2, level3);
        assertThat(target.kind()).isEqualTo(TargetKind.QUANTITY);
        assertThat(target.value()).isEqualTo(value);
        assertThat(target.unit()).isEqualTo(unit);
        assertThat(target.readingNotes()).isEmpty();
    }

    @Test
    void withoutTheRowTenThousandsStayACount() {
        assertThat(PARSER.parse("80万", 2025)).extracting(Target::kind, Target::unit)
            .containsExactly(TargetKind.QUANTITY, "万");
    }

    @Test
    void printedMoneyUnitsReadTheSameInAnyRow() {
        assertThat(PARSER.parse("≤70.6万元", 2025, "数量指标", "驻场人数").value()).isEqualTo(new BigDecimal("706000"));
        assertThat(PARSER.parse("≤70.6万元", 2025, "成本指标", "尾款控制数(万)").readingNotes()).isEmpty();
    }

    @Test
    void bareTenThousandsInACostRange() {
        Target target = PARSER.parse("50万-80万", 2025, "成本指标", "设备购置成本");
        assertThat(target.kind()).isEqualTo(TargetKind.RANGE);
        assertThat(target.range().lower().value()).isEqualTo(new BigDecimal("500000"));
        assertThat(target.range().upper().value()).isEqualTo(new BigDecimal("800000"));
        assertThat(target.suspect()).isFalse();
    }

}
