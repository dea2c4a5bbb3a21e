package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** How a group's points become the W of its indicators ("-" is a weight left unset). */
class PointsAllocationTests {

    @ParameterizedTest(name = "{0} points, weights {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # equal split, in hundredths: the left-over cents go to the first indicators
            50 | -,-,-,-,-,-,-,- | 6.25,6.25,6.25,6.25,6.25,6.25,6.25,6.25
            50 | -,-,-           | 16.67,16.67,16.66
            60 | -,-,-,-,-       | 12.00,12.00,12.00,12.00,12.00
            30 | -,-             | 15.00,15.00
            90 | -,-,-,-,-,-,-   | 12.86,12.86,12.86,12.86,12.86,12.85,12.85
            0  | -,-             | 0.00,0.00
            # set weights keep their points, the others share the rest equally
            50 | 20,-,-          | 20.00,15.00,15.00
            50 | 20,10,-         | 20.00,10.00,20.00
            50 | 0,-             | 0.00,50.00
            50 | 50,-            | 50.00,0.00
            50 | 12.345,-        | 12.35,37.65
            # set weights above the points, or all set and not adding up: scaled to the points
            50 | 30,30,-         | 25.00,25.00,0.00
            50 | 10,10           | 25.00,25.00
            50 | 10,20           | 16.67,33.33
            50 | 20,20,20        | 16.67,16.67,16.66
            50 | 25,25           | 25.00,25.00
            """)
    void allocate(BigDecimal points, String weights, String expected) {
        List<BigDecimal> given = Arrays.stream(weights.split(","))
            .map(w -> w.equals("-") ? null : new BigDecimal(w))
            .toList();
        List<BigDecimal> shares = PointsAllocation.allocate("产出指标", points, given);
        assertThat(shares).containsExactlyElementsOf(Arrays.stream(expected.split(",")).map(BigDecimal::new).toList());
        assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(points);
    }

    @Test
    void weightsThatAreAllZeroAreRefused() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> PointsAllocation.allocate("效益指标", BigDecimal.valueOf(30),
                    List.of(BigDecimal.ZERO, BigDecimal.ZERO)))
            .withMessage("the weights set in 效益指标 are all 0; leave them unset for an equal split");
    }

}
