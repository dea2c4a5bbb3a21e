package org.jixiao.metrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped alert rules are valid and pass their promtool unit tests (both sides of every {@code for:}). Runs with
 * the build so that CI checks them; promtool comes with Debian's prometheus package, which .ci/run installs.
 */
class PrometheusRulesTests {

    private static final Path PROMTOOL = Path.of("/usr/bin/promtool");

    @Test
    void theRulesAreValid() throws Exception {
        assertThat(promtool("check", "rules", files("prometheus/rules"))).contains("SUCCESS");
    }

    @Test
    void theRuleUnitTestsPass() throws Exception {
        assertThat(promtool("test", "rules", files("prometheus/tests"))).contains("SUCCESS");
    }

    private static String promtool(String command, String subcommand, List<String> files) throws Exception {
        Assumptions.assumeTrue(System.getenv("CI") != null || Files.isExecutable(PROMTOOL),
                "promtool is not installed (apt-get install --no-install-recommends prometheus)");
        List<String> arguments = new ArrayList<>(List.of(PROMTOOL.toString(), command, subcommand));
        arguments.addAll(files);
        Process process = new ProcessBuilder(arguments).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("promtool finished").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static List<String> files(String folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            List<String> found = files.filter(file -> file.toString().endsWith(".yml")).map(Path::toString).sorted()
                    .toList();
            assertThat(found).as("files in " + folder).isNotEmpty();
            return found;
        }
    }
}
