package org.jixiao.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart ships copies of the alert rules and the dashboards (Helm reads files only inside the chart). The copies
 * must be byte for byte the sources, and there must be no copy without a source.
 */
class ChartCopiesTests {

    /** Re-copies every source into the chart; run from the repository root. */
    static final String RECOPY = "rm -f helm/jixiao/files/rules/*.yml helm/jixiao/files/dashboards/*.json"
            + " && cp prometheus/rules/*.yml helm/jixiao/files/rules/"
            + " && cp grafana/dashboards/*.json helm/jixiao/files/dashboards/";

    private static final List<CopiedFolder> FOLDERS = List.of(
            new CopiedFolder(Path.of("prometheus", "rules"), Path.of("helm", "jixiao", "files", "rules"), ".yml"),
            new CopiedFolder(Path.of("grafana", "dashboards"), Path.of("helm", "jixiao", "files", "dashboards"),
                    ".json"));

    record CopiedFolder(Path source, Path copy, String suffix) {

        List<String> names(Path folder) throws IOException {
            try (Stream<Path> files = Files.list(folder)) {
                return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(suffix))
                        .sorted().toList();
            }
        }
    }

    static Stream<Arguments> sources() throws IOException {
        Stream.Builder<Arguments> sources = Stream.builder();
        for (CopiedFolder folder : FOLDERS) {
            List<String> names = folder.names(folder.source());
            assertThat(names).as("files in %s", folder.source()).isNotEmpty();
            names.forEach(name -> sources.add(
                    Arguments.of(folder.source().resolve(name), folder.copy().resolve(name))));
        }
        return sources.build();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("sources")
    void theCopyInTheChartIsTheSource(Path source, Path copy) throws IOException {
        assertThat(copy).as("%s is missing; re-copy with:%n  %s", copy, RECOPY).exists();
        assertThat(Files.readAllBytes(copy)).as("%s differs from %s; re-copy with:%n  %s", copy, source, RECOPY)
                .isEqualTo(Files.readAllBytes(source));
    }

    @Test
    void theChartHasNoCopyWithoutASource() throws IOException {
        for (CopiedFolder folder : FOLDERS) {
            assertThat(folder.names(folder.copy()))
                    .as("copies in %s without a source in %s; re-copy with:%n  %s", folder.copy(), folder.source(),
                            RECOPY)
                    .isSubsetOf(folder.names(folder.source()));
        }
    }
}
