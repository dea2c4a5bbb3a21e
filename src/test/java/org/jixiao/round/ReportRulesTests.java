package org.jixiao.round;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jixiao.light.Light;
import org.jixiao.system.error.FieldViolation;
import org.jixiao.system.error.Violations;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReportRulesTests {

    @Nested
    class Gaps {

        @ParameterizedTest(name = "{0} and {1}: needs a cause and measure = {2}")
        @CsvSource(nullValues = "null", value = {
                "RED, 确定能, true", "RED, 有可能, true", "RED, 完全不可能, true",
                "YELLOW, 确定能, true", "BLUE, 确定能, true",
                "GREEN, 确定能, false", "GREEN, 有可能, true", "GREEN, 完全不可能, true",
                "NONE, 确定能, false", "NONE, 有可能, true", "NONE, 完全不可能, true",
                "GREEN, null, false", "RED, null, true"})
        void aCauseAndAMeasureAreRequiredOffTargetOrWhenNotCertain(Light light, String likelihood, boolean needed) {
            List<String> fields = fields(ReportRules.gaps(form(line(light, likelihood, List.of(), null, null))));

            assertThat(fields.contains("indicators[0].causes")).isEqualTo(needed);
            assertThat(fields.contains("indicators[0].measure")).isEqualTo(needed);
            assertThat(fields.contains("indicators[0].likelihood")).isEqualTo(likelihood == null);
            assertThat(fields).doesNotContain("indicators[0].causeText");
        }

        @Test
        void aCompleteLineHasNoGaps() {
            assertThat(ReportRules.gaps(form(line(Light.RED, "有可能", List.of("经费保障"), null, "追加预算"))).isEmpty())
                    .isTrue();
            assertThat(ReportRules.gaps(form(line(Light.GREEN, "确定能", List.of(), null, null))).isEmpty()).isTrue();
        }

        @Test
        void theCategoryOtherNeedsItsText() {
            assertThat(fields(ReportRules.gaps(form(line(Light.RED, "有可能", List.of("其他"), null, "整改")))))
                    .containsExactly("indicators[0].causeText");
            assertThat(ReportRules.gaps(form(line(Light.RED, "有可能", List.of("其他"), "供应商延期", "整改"))).isEmpty())
                    .isTrue();
        }

        @Test
        void everyGapIsNamedWithItsIndicator() {
            Violations gaps = ReportRules.gaps(form(line(Light.GREEN, "确定能", List.of(), null, null),
                    line(Light.RED, null, List.of(), null, "  "), line(Light.YELLOW, "有可能", List.of(), null, null)));

            assertThat(fields(gaps)).containsExactly("indicators[1].likelihood", "indicators[1].causes",
                    "indicators[1].measure", "indicators[2].causes", "indicators[2].measure");
            assertThat(gaps.list().get(1).message()).contains("「网络可用率」").contains("off target (red)");
            assertThat(gaps.list().get(4).message()).contains("off target (yellow)");
        }
    }

    @Nested
    class Updates {

        private static final Set<Long> INDICATORS = Set.of(1L, 2L);

        @Test
        void aGoodSaveHasNoViolations() {
            Violations violations = new Violations();
            ReportRules.checkUpdate(violations, 0, new BigDecimal("12.50"), "按计划推进",
                    List.of(new ReportEntry(1L, new BigDecimal("99.5"), "有可能", List.of("经费保障", "其他"), "说明", "措施"),
                            new ReportEntry(2L, null, null, List.of(), null, null)), INDICATORS);

            assertThat(violations.isEmpty()).isTrue();
        }

        @Test
        void everyBadFieldIsNamed() {
            Violations violations = new Violations();
            List<ReportEntry> entries = new ArrayList<>();
            entries.add(new ReportEntry(null, null, "可能吧", List.of("天气"), null, null));
            entries.add(new ReportEntry(3L, new BigDecimal("1e16"), null, List.of(), null, null));
            entries.add(new ReportEntry(1L, new BigDecimal("0.00001"), null, List.of(), "\u0000", null));
            entries.add(new ReportEntry(1L, null, null, List.of(), null, "x".repeat(2_001)));
            entries.add(null);
            ReportRules.checkUpdate(violations, null, new BigDecimal("-1"), null, entries, INDICATORS);

            assertThat(fields(violations)).containsExactly("version", "fundsProjected", "indicators[0].indicatorId",
                    "indicators[0].likelihood", "indicators[0].causes[0]", "indicators[1].indicatorId",
                    "indicators[1].projected", "indicators[2].projected", "indicators[2].causeText",
                    "indicators[3].indicatorId", "indicators[3].measure", "indicators[4]");
        }

        @ParameterizedTest
        @CsvSource({"1000000000000.01, is implausibly large", "1.001, more than 2 decimal places",
                "-0.01, must not be negative"})
        void projectedFundsAreMoney(BigDecimal funds, String message) {
            Violations violations = new Violations();
            ReportRules.checkUpdate(violations, 1, funds, null, List.of(), INDICATORS);

            assertThat(violations.list()).singleElement().satisfies(violation -> {
                assertThat(violation.field()).isEqualTo("fundsProjected");
                assertThat(violation.message()).contains(message);
            });
        }

        @Test
        void aNegativeVersionIsRefused() {
            Violations violations = new Violations();
            ReportRules.checkUpdate(violations, -1, null, null, null, INDICATORS);

            assertThat(fields(violations)).containsExactly("version");
        }
    }

    @Nested
    class Returns {

        @Test
        void aCommentOrFieldCommentsAreRequired() {
            assertThat(fields(checked(null, Map.of()))).containsExactly("comment");
            assertThat(fields(checked("  ", null))).containsExactly("comment");
            assertThat(checked("请补充佐证", null).isEmpty()).isTrue();
            assertThat(checked(null, Map.of("indicators[0].measure", "措施太笼统")).isEmpty()).isTrue();
        }

        @Test
        void fieldCommentsNeedText() {
            assertThat(fields(checked("x", Map.of("indicators[0].measure", " ")))).containsExactly(
                    "fields.indicators[0].measure");
            assertThat(fields(checked("x", Map.of(" ", "y")))).containsExactly("fields");
        }

        private Violations checked(String comment, Map<String, String> fields) {
            Violations violations = new Violations();
            ReportRules.checkReturn(violations, comment, fields);
            return violations;
        }
    }

    @Nested
    class Lateness {

        private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
        private static final LocalDate DUE = LocalDate.of(2025, 8, 15);

        @ParameterizedTest
        @EnumSource(value = ReportState.class, names = {"DRAFT", "RETURNED"})
        void notHandedInIsLateAfterTheDueDay(ReportState state) {
            assertThat(ReportRules.late(state, null, DUE, DUE, BEIJING)).isFalse();
            assertThat(ReportRules.late(state, null, DUE, DUE.plusDays(1), BEIJING)).isTrue();
        }

        @ParameterizedTest
        @EnumSource(value = ReportState.class, names = {"SUBMITTED", "APPROVED"})
        void handedInIsLateOnlyWhenHandedInAfterTheDueDay(ReportState state) {
            Instant lastMinute = Instant.parse("2025-08-15T15:59:00Z");
            Instant nextMorning = Instant.parse("2025-08-16T00:30:00Z");

            assertThat(ReportRules.late(state, lastMinute, DUE, DUE.plusDays(30), BEIJING)).isFalse();
            assertThat(ReportRules.late(state, nextMorning, DUE, DUE.plusDays(30), BEIJING)).isTrue();
        }
    }

    private static ReportForm form(ReportForm.Line... lines) {
        return new ReportForm(LocalDate.of(2025, 8, 10), "1-7月", null, null, List.of(lines));
    }

    private static ReportForm.Line line(Light light, String likelihood, List<String> causes, String causeText,
            String measure) {
        return new ReportForm.Line(7L, "产出指标", "质量指标", "网络可用率", "≥99%", null, null, null, null, light, "",
                null, null, likelihood, causes, causeText, measure);
    }

    private static List<String> fields(Violations violations) {
        return violations.list().stream().map(FieldViolation::field).toList();
    }
}
