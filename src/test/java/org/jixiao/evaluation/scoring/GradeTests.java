package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The grade of a total, and the bands of the evaluator's grades. */
class GradeTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            100    | EXCELLENT | 优
            90.00  | EXCELLENT | 优
            90     | EXCELLENT | 优
            89.99  | GOOD      | 良
            80     | GOOD      | 良
            79.99  | FAIR      | 中
            60.00  | FAIR      | 中
            59.99  | POOR      | 差
            0      | POOR      | 差
            """)
    void gradeOfATotal(BigDecimal total, Grade grade, String label) {
        assertThat(Grade.of(total)).isEqualTo(grade);
        assertThat(Grade.of(total).label()).isEqualTo(label);
    }

    @ParameterizedTest(name = "{0} admits {1}%: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ACHIEVED     | 80     | true
            ACHIEVED     | 100    | true
            ACHIEVED     | 79.99  | false
            ACHIEVED     | 100.01 | false
            PARTIAL      | 60     | true
            PARTIAL      | 79.99  | true
            PARTIAL      | 80     | false
            PARTIAL      | 59.99  | false
            NOT_ACHIEVED | 0      | true
            NOT_ACHIEVED | 59.99  | true
            NOT_ACHIEVED | 60     | false
            NOT_ACHIEVED | -0.01  | false
            """)
    void qualitativeBands(QualitativeGrade grade, BigDecimal percent, boolean admitted) {
        assertThat(grade.admits(percent)).isEqualTo(admitted);
    }

}
