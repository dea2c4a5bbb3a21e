package org.jixiao.light;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.jixiao.indicator.grammar.BeforeMonthReading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The rule pack: the central defaults of domain §5, and the checks that keep a changed pack sensible. */
class RulePackTests {

    @Test
    void theCentralPackHoldsTheDomainDefaults() {
        RulePack central = RulePack.central();
        assertThat(central.name()).isEqualTo("central");
        assertThat(central.reminderDays()).containsExactly(30, 7, 3, 1);
        assertThat(central.dueSoonDays()).isEqualTo(30);
        assertThat(central.executionRed()).isEqualByComparingTo("60");
        assertThat(central.executionGreen()).isEqualByComparingTo("80");
        assertThat(central.indicatorRed()).isEqualByComparingTo("60");
        assertThat(central.indicatorGreen()).isEqualByComparingTo("80");
        assertThat(central.indicatorBlue()).isEqualByComparingTo("120");
        assertThat(central.beforeMonthReading()).isEqualTo(BeforeMonthReading.PREVIOUS_MONTH_END);
    }

    @Test
    void reminderDaysAreKeptLargestFirstAndTheLargestIsTheDueSoonWindow() {
        RulePack pack = pack(List.of(1, 14, 3), "60", "80", "60", "80", "120");
        assertThat(pack.reminderDays()).containsExactly(14, 3, 1);
        assertThat(pack.dueSoonDays()).isEqualTo(14);
    }

    @Test
    void anUnsetBeforeMonthReadingMeansTheGrammarDefault() {
        RulePack pack = new RulePack("x", List.of(7), BigDecimal.ONE, BigDecimal.TWO, BigDecimal.ONE, BigDecimal.TWO,
                BigDecimal.TEN, null);
        assertThat(pack.beforeMonthReading()).isEqualTo(BeforeMonthReading.PREVIOUS_MONTH_END);
    }

    static Stream<Arguments> invalidPacks() {
        return Stream.of(
                Arguments.of("no reminder days", (Runnable) () -> pack(List.of(), "60", "80", "60", "80", "120"),
                        "reminderDays must name at least one day, e.g. [30, 7, 3, 1]"),
                Arguments.of("null reminder days", (Runnable) () -> pack(null, "60", "80", "60", "80", "120"),
                        "reminderDays must name at least one day, e.g. [30, 7, 3, 1]"),
                Arguments.of("a zero reminder day", (Runnable) () -> pack(List.of(7, 0), "60", "80", "60", "80", "120"),
                        "reminderDays must be positive numbers of days, but [7, 0] contains 0"),
                Arguments.of("a negative reminder day",
                        (Runnable) () -> pack(List.of(-1), "60", "80", "60", "80", "120"),
                        "reminderDays must be positive numbers of days, but [-1] contains -1"),
                Arguments.of("a null reminder day",
                        (Runnable) () -> pack(Arrays.asList(7, null), "60", "80", "60", "80", "120"),
                        "reminderDays must be positive numbers of days, but [7, null] contains null"),
                Arguments.of("a repeated reminder day",
                        (Runnable) () -> pack(List.of(7, 7), "60", "80", "60", "80", "120"),
                        "reminderDays must not repeat a day, but got [7, 7]"),
                Arguments.of("execution bands reversed",
                        (Runnable) () -> pack(List.of(7), "80", "60", "60", "80", "120"),
                        "executionRed (80) must be below executionGreen (60)"),
                Arguments.of("execution bands equal", (Runnable) () -> pack(List.of(7), "60", "60", "60", "80", "120"),
                        "executionRed (60) must be below executionGreen (60)"),
                Arguments.of("indicator red above green",
                        (Runnable) () -> pack(List.of(7), "60", "80", "85", "80", "120"),
                        "indicatorRed (85) must be below indicatorGreen (80)"),
                Arguments.of("indicator green above blue",
                        (Runnable) () -> pack(List.of(7), "60", "80", "60", "130", "120"),
                        "indicatorGreen (130) must be below indicatorBlue (120)"),
                Arguments.of("a negative threshold", (Runnable) () -> pack(List.of(7), "-1", "80", "60", "80", "120"),
                        "executionRed must not be negative, but is -1"),
                Arguments.of("a missing threshold", (Runnable) () -> pack(List.of(7), "60", "80", "60", "80", null),
                        "indicatorBlue is required"),
                Arguments.of("a blank name", (Runnable) () -> new RulePack(" ", List.of(7), BigDecimal.ONE,
                        BigDecimal.TWO, BigDecimal.ONE, BigDecimal.TWO, BigDecimal.TEN, null),
                        "a rule pack needs a name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidPacks")
    void anInvalidPackIsRefusedWithAClearMessage(String description, Runnable creation, String message) {
        assertThatIllegalArgumentException().isThrownBy(creation::run).withMessage(message);
    }

    private static RulePack pack(List<Integer> reminderDays, String executionRed, String executionGreen,
            String indicatorRed, String indicatorGreen, String indicatorBlue) {
        return new RulePack("test", reminderDays, decimal(executionRed), decimal(executionGreen),
                decimal(indicatorRed), decimal(indicatorGreen), decimal(indicatorBlue),
                BeforeMonthReading.PREVIOUS_MONTH_END);
    }

    private static BigDecimal decimal(String value) {
        return (value != null) ? new BigDecimal(value) : null;
    }

}
