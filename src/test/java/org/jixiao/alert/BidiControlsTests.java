package org.jixiao.alert;

import java.time.LocalDate;

import org.jixiao.system.text.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BidiControlsTests {

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"061C", "200E", "200F", "202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068",
            "2069"})
    void everyBidirectionalControlIsStripped(String hex) {
        String control = Character.toString(Integer.parseInt(hex, 16));

        assertThat(BidiControls.stripped("项目" + control + "fdp.exe")).isEqualTo("项目fdp.exe");
    }

    @Test
    void otherTextIsLeftAlone() {
        String text = "城市云平台运维项目 ≥95% — عربى 😀\n";

        assertThat(BidiControls.stripped(text)).isEqualTo(text);
        assertThat(BidiControls.stripped((String) null)).isNull();
    }

    @Test
    void alertFactsNeverCarryThemSoNoMessageDoes() {
        String rlo = "\u202E";
        AlertFacts facts = new AlertFacts("项目" + rlo + "fdp.exe", "102", "市数据局" + rlo, "尾款" + rlo,
                LocalDate.of(2025, 10, 31), 3, "付款" + rlo + "时间", "10月前" + rlo,
                Message.of("light.deadline.overdue", Message.of("light.deadline.due", "2025-10-31", "10月前" + rlo)));

        assertThat(facts).isEqualTo(new AlertFacts("项目fdp.exe", "102", "市数据局", "尾款",
                LocalDate.of(2025, 10, 31), 3, "付款时间", "10月前",
                Message.of("light.deadline.overdue", Message.of("light.deadline.due", "2025-10-31", "10月前"))));
    }
}
