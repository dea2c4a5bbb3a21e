package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ScoringPackTests {

    @Test
    void centralPack() {
        ScoringPack central = ScoringPack.central();
        assertThat(central.name()).isEqualTo("central");
        assertThat(central.version()).isEqualTo("2025.1");
        assertThat(central.budgetPoints()).isEqualByComparingTo("10");
        assertThat(central.outputPoints()).isEqualByComparingTo("50");
        assertThat(central.benefitPoints()).isEqualByComparingTo("30");
        assertThat(central.satisfactionPoints()).isEqualByComparingTo("10");
        assertThat(central.capByExecution()).isFalse();
        assertThat(central.overAchievementPenalty()).isFalse();
        assertThat(central.costRuleShanxi()).isFalse();
        assertThat(central.deadlinePartialCreditDays()).isNull();
    }

    @ParameterizedTest(name = "{0} {1}/{2}/{3}/{4}, partial {5}: {6}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            x      | 10   | 50   | 30   | 11   | null | points must add up to 100, but budget + output + benefit + satisfaction = 101
            x      | 10   | 50   | 30   | 9.99 | null | points must add up to 100
            x      | -10  | 70   | 30   | 10   | null | budgetPoints must not be negative
            x      | 10   | null | 30   | 10   | null | outputPoints is required
            x      | 10   | 50   | 30   | 10   | 0    | deadlinePartialCreditDays must be positive
            ''     | 10   | 50   | 30   | 10   | null | a scoring pack needs a name
            """)
    void invalidPacksAreRefused(String name, BigDecimal budget, BigDecimal output, BigDecimal benefit,
            BigDecimal satisfaction, Integer partialDays, String message) {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new ScoringPack(name, "1", budget, output, benefit, satisfaction, false, false, false,
                    partialDays))
            .withMessageContaining(message);
    }

    @Test
    void otherSplitsThatAddUpTo100AreAccepted() {
        ScoringPack pack = new ScoringPack("shanxi", "2024.2", new BigDecimal("20"), new BigDecimal("40.5"),
                new BigDecimal("29.5"), BigDecimal.TEN, true, true, true, 30);
        assertThat(pack.outputPoints()).isEqualByComparingTo("40.5");
    }

}
