package org.jixiao.security;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** The security properties as the start binds them: a weak preset token stops the start before anything runs. */
class SecurityPropertiesTests {

    private final ApplicationContextRunner binding = new ApplicationContextRunner()
            .withUserConfiguration(Bound.class);

    @Test
    void aWeakPresetTokenStopsTheStartAndSaysWhatIsExpected() {
        for (String weak : new String[] {"admin", "jx_short", "xx_" + "a".repeat(40)}) {
            binding.withPropertyValues("jixiao.security.bootstrap-token=" + weak).run(context ->
                    assertThat(context).hasFailed().getFailure()
                            .hasStackTraceContaining("must start with 'jx_' and have at least 24 characters"));
        }
    }

    @Test
    void aStrongPresetTokenAndNoPresetTokenBothBind() {
        binding.withPropertyValues("jixiao.security.bootstrap-token=jx_" + "a".repeat(40)).run(context ->
                assertThat(context.getBean(SecurityProperties.class).bootstrapToken()).startsWith("jx_a"));
        binding.run(context -> assertThat(context.getBean(SecurityProperties.class).bootstrapToken()).isNull());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SecurityProperties.class)
    static class Bound {
    }
}
