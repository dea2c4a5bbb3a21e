package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ScoringPacksTests {

    private static final ScoringProperties.Pack SHANXI = new ScoringProperties.Pack("2025.2", BigDecimal.TEN,
            BigDecimal.valueOf(50), BigDecimal.valueOf(30), BigDecimal.TEN, true, true, true, 15);

    @Test
    void aDepartmentCanHaveItsOwnPackAndTheOthersGetTheDefault() {
        ScoringPacks packs = new ScoringPacks(new ScoringProperties("central", Map.of("shanxi", SHANXI),
                Map.of("102", "shanxi")));

        assertThat(packs.forDepartment("102").name()).isEqualTo("shanxi");
        assertThat(packs.forDepartment("102").version()).isEqualTo("2025.2");
        assertThat(packs.forDepartment("102").capByExecution()).isTrue();
        assertThat(packs.forDepartment("777").name()).isEqualTo("central");
    }

    @Test
    void theDefaultCanBeADeclaredPack() {
        ScoringPacks packs = new ScoringPacks(new ScoringProperties("shanxi", Map.of("shanxi", SHANXI), Map.of()));

        assertThat(packs.forDepartment("777").name()).isEqualTo("shanxi");
    }

    @Test
    void anUnknownPackStopsTheStartWithItsProperty() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new ScoringPacks(new ScoringProperties("central", Map.of(), Map.of("102", "hunan"))))
                .withMessageContaining("jixiao.scoring.department-packs.102").withMessageContaining("hunan");
    }
}
