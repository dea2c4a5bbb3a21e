package org.jixiao.indicator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorLevelsTests {

    @ParameterizedTest
    @CsvSource({"产出指标,产出指标", "产出,产出指标", "' 效益 指标 ',效益指标", "满意度指标,满意度指标", "成本指标,成本指标"})
    void printedLevelOneNamesAreCanonical(String printed, String canonical) {
        assertThat(IndicatorLevels.canonicalLevel1(printed)).contains(canonical);
    }

    @ParameterizedTest
    @CsvSource({"过程指标", "指标", "''"})
    void otherLevelOneNamesAreNotLevelOneNames(String printed) {
        assertThat(IndicatorLevels.canonicalLevel1(printed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"产出指标,数量指标,true", "产出指标,成本指标,true", "效益指标,社会效益,true", "效益指标,经济效益指标,true",
            "满意度指标,服务对象满意度,true", "成本指标,经济成本指标,true", "效益指标,数量指标,false",
            "满意度指标,社会效益,false"})
    void levelTwoNamesBelongToTheirGroup(String level1, String level2, boolean belongs) {
        assertThat(IndicatorLevels.isLevel2Of(level1, level2)).isEqualTo(belongs);
    }
}
