package org.jixiao.light;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Lights rank RED, YELLOW, BLUE, GREEN, NONE from worst; blue (ahead of plan) is worth a look, not bad. */
class LightTests {

    @Test
    void severityRanksTheLights() {
        assertThat(Light.NONE.severity()).isZero();
        assertThat(Light.NONE.severity()).isLessThan(Light.GREEN.severity());
        assertThat(Light.GREEN.severity()).isLessThan(Light.BLUE.severity());
        assertThat(Light.BLUE.severity()).isLessThan(Light.YELLOW.severity());
        assertThat(Light.YELLOW.severity()).isLessThan(Light.RED.severity());
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                      | NONE
            NONE                    | NONE
            NONE,NONE               | NONE
            GREEN                   | GREEN
            NONE,GREEN              | GREEN
            GREEN,BLUE              | BLUE
            BLUE,GREEN,NONE         | BLUE
            BLUE,YELLOW             | YELLOW
            GREEN,YELLOW,GREEN      | YELLOW
            YELLOW,RED              | RED
            RED,GREEN,BLUE,NONE     | RED
            GREEN,GREEN,GREEN,RED   | RED
            """)
    void worstOf(String lights, Light worst) {
        List<Light> list = lights.isEmpty() ? List.of() : Arrays.stream(lights.split(",")).map(Light::valueOf).toList();
        assertThat(Light.worst(list)).isEqualTo(worst);
    }

    @Test
    void aMissingLightCountsAsNone() {
        List<Light> lights = new ArrayList<>(Arrays.asList(null, Light.GREEN));
        assertThat(Light.worst(lights)).isEqualTo(Light.GREEN);
        assertThat(Light.worst(null)).isEqualTo(Light.NONE);
    }

}
