package org.jixiao.indicator.grammar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every target of the 14 real Jincheng 2025 sheets (the demo data, read from the classpath) must be readable, and
 * some real rows must read exactly so.
 */
class SeedSheetTargetsTests {

    private static final String LOCATION = "demo/jincheng-2025/";

    private static final List<String> SHEETS = List.of("app-system-adaptation", "bigdata-app-maintenance",
            "bigdata-app-running-costs", "bigdata-platform-integration-smartcity-phase1", "bigdata-platform-ops",
            "city-cloud-ops", "cloud-resource-rental", "digital-economy-services", "egov-extranet-ops",
            "egov-extranet-speedup-pilot", "hotline-center-outsourcing", "smart-jincheng-ops-command-center",
            "smart-npc-construction-fees", "smart-npc-construction");

    private static final TargetParser PARSER = new TargetParser(BeforeMonthReading.PREVIOUS_MONTH_END);

    /** One indicator row of a seed sheet. */
    record Row(String sheet, String section, String level3, String target) {

        @Override
        public String toString() {
            return this.sheet + " " + this.section + " " + this.level3 + ": " + this.target;
        }

    }

    static List<Row> rows() {
        JsonMapper mapper = JsonMapper.builder().build();
        List<Row> rows = new ArrayList<>();
        for (String sheet : SHEETS) {
            try (InputStream in = SeedSheetTargetsTests.class.getClassLoader()
                .getResourceAsStream(LOCATION + sheet + ".json")) {
                assertThat(in).as("seed sheet %s on the classpath", sheet).isNotNull();
                JsonNode indicators = mapper.readTree(in).path("indicators");
                for (String section : List.of("period", "annual")) {
                    for (JsonNode indicator : indicators.path(section)) {
                        JsonNode target = indicator.path("target");
                        rows.add(new Row(sheet, section, indicator.path("level3").asString(),
                                target.isNull() ? null : target.asString()));
                    }
                }
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return rows;
    }

    static Stream<Row> printedRows() {
        return rows().stream().filter(row -> row.target() != null);
    }

    static Stream<Row> blankRows() {
        return rows().stream().filter(row -> row.target() == null);
    }

    @Test
    void allSheetsAreThere() {
        assertThat(rows()).hasSizeGreaterThan(200)
            .extracting(Row::sheet)
            .containsAll(SHEETS);
    }

    @ParameterizedTest
    @MethodSource("printedRows")
    void everyPrintedTargetIsReadCleanly(Row row) {
        Target target = PARSER.parse(row.target(), 2025);
        assertThat(target.kind()).isNotIn(TargetKind.UNPARSED, TargetKind.MISSING);
        assertThat(target.text()).isEqualTo(row.target());
        assertThat(target.suspect()).as("the transcribed sheets are clean").isFalse();
    }

    @ParameterizedTest
    @MethodSource("printedRows")
    void everyPrintedTargetIsReadUnderTheOtherBeforeMonthReading(Row row) {
        Target target = new TargetParser(BeforeMonthReading.END_OF_MONTH).parse(row.target(), 2025);
        assertThat(target.kind()).isNotEqualTo(TargetKind.UNPARSED);
    }

    @ParameterizedTest
    @MethodSource("blankRows")
    void blankCellsAreMissing(Row row) {
        assertThat(PARSER.parse(row.target(), 2025).kind()).isEqualTo(TargetKind.MISSING);
    }

    @Test
    void cityCloudOperations() {
        assertThat(annual("city-cloud-ops", "护网行动开展时间")).extracting(Target::kind, Target::comparator, Target::due)
            .containsExactly(TargetKind.DEADLINE, ComparisonOperator.LE, LocalDate.of(2025, 10, 31));
        assertThat(annual("city-cloud-ops", "尾款控制数(万)"))
            .extracting(Target::kind, Target::comparator, Target::value, Target::unit, Target::direction)
            .containsExactly(TargetKind.MONEY, ComparisonOperator.LE, new BigDecimal("706000"), "万元",
                    Direction.LOWER_IS_BETTER);
        assertThat(annual("city-cloud-ops", "城市云平台设备及网络正常运行率"))
            .extracting(Target::kind, Target::comparator, Target::value, Target::direction)
            .containsExactly(TargetKind.PERCENT, ComparisonOperator.GE, new BigDecimal("95"),
                    Direction.HIGHER_IS_BETTER);
        assertThat(annual("city-cloud-ops", "驻场人数")).extracting(Target::kind, Target::comparator, Target::value,
                Target::unit)
            .containsExactly(TargetKind.QUANTITY, ComparisonOperator.GE, new BigDecimal("8"), "人");
        assertThat(annual("city-cloud-ops", "服务器运维数量")).extracting(Target::comparator, Target::value,
                Target::direction)
            .containsExactly(ComparisonOperator.EQ, new BigDecimal("293"), Direction.EXACT);
        assertThat(annual("city-cloud-ops", "故障处理及时性").kind()).isEqualTo(TargetKind.QUALITATIVE);
    }

    @Test
    void faultResponseCompound() {
        Target target = annual("cloud-resource-rental", "应急响应时间");
        assertThat(target.kind()).isEqualTo(TargetKind.COMPOUND);
        assertThat(target.parts()).extracting(Part::label, p -> p.target().kind(), p -> p.target().comparator(),
                p -> p.target().value(), p -> p.target().unit())
            .containsExactly(
                    tuple("一般故障", TargetKind.DURATION, ComparisonOperator.LE, new BigDecimal("4"), "小时"),
                    tuple("较大故障", TargetKind.DURATION, ComparisonOperator.LE, new BigDecimal("8"), "小时"),
                    tuple("重大故障", TargetKind.DURATION, ComparisonOperator.LE, new BigDecimal("24"), "小时"));
    }

    @Test
    void hotlineRows() {
        Target quarterly = period("hotline-center-outsourcing", "热线受理中心运营管理及外包服务费支付时间");
        assertThat(quarterly.kind()).isEqualTo(TargetKind.RECURRING);
        assertThat(quarterly.recurrence().every()).isEqualTo(Recurrence.Every.QUARTER);
        assertThat(quarterly.recurrence().dueDates()).hasSize(4).last().isEqualTo(LocalDate.of(2025, 12, 31));
        Target daily = period("hotline-center-outsourcing", "热线受理中心运营管理及外包服务提供时间");
        assertThat(daily.recurrence().every()).isEqualTo(Recurrence.Every.DAY);
        assertThat(daily.recurrence().dueDates()).isEmpty();
        assertThat(annual("hotline-center-outsourcing", "电脑成本"))
            .extracting(Target::kind, Target::comparator, Target::value, Target::perUnit)
            .containsExactly(TargetKind.MONEY, ComparisonOperator.LE, new BigDecimal("6000"), "台");
        assertThat(period("hotline-center-outsourcing", "12345热线系统平台升级改造尾款支付完成时间").due())
            .isEqualTo(LocalDate.of(2025, 5, 31));
    }

    @Test
    void deadlineRows() {
        assertThat(annual("smart-npc-construction", "付款时间").due()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(new TargetParser(BeforeMonthReading.END_OF_MONTH).parse(
                annual("smart-npc-construction", "付款时间").text(), 2025).due())
            .isEqualTo(LocalDate.of(2025, 10, 31));
        assertThat(annual("digital-economy-services", "数字经济行动计划编制验收时间"))
            .extracting(Target::comparator, Target::due)
            .containsExactly(ComparisonOperator.LT, LocalDate.of(2025, 4, 30));
        assertThat(annual("digital-economy-services", "尾款支付时间").due()).isEqualTo(LocalDate.of(2025, 11, 30));
        assertThat(annual("bigdata-app-maintenance", "大数据系统维护时间").due()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(annual("egov-extranet-speedup-pilot", "付款时间").due()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void durationRow() {
        assertThat(annual("smart-jincheng-ops-command-center", "质保时间"))
            .extracting(Target::kind, Target::comparator, Target::value, Target::unit)
            .containsExactly(TargetKind.DURATION, ComparisonOperator.EQ, new BigDecimal("1"), "年");
    }

    private static Target annual(String sheet, String level3) {
        return find(sheet, "annual", level3);
    }

    private static Target period(String sheet, String level3) {
        return find(sheet, "period", level3);
    }

    private static Target find(String sheet, String section, String level3) {
        Row row = rows().stream()
            .filter(r -> r.sheet().equals(sheet) && r.section().equals(section) && r.level3().equals(level3))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no row " + sheet + " " + section + " " + level3));
        return PARSER.parse(row.target(), 2025);
    }

}
