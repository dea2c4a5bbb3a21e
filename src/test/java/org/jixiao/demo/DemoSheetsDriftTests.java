package org.jixiao.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.support.TestSheets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo sheets are copies of the shared transcriptions. Where the shared folder sits beside the checkout (as
 * on developer machines and in CI), the copies must be byte for byte the same.
 */
class DemoSheetsDriftTests {

    private static final Path SHARED = Path.of("..", "shared", "data", "jincheng-2025");

    @ParameterizedTest
    @FieldSource("org.jixiao.support.TestSheets#SEED_SHEETS")
    void theDemoCopyMatchesTheSharedTranscription(String sheet) throws IOException {
        Path shared = SHARED.resolve(sheet + ".json");
        Assumptions.assumeTrue(Files.exists(shared), "shared data not beside this checkout");
        try (InputStream copy = TestSheets.class.getResourceAsStream("/demo/jincheng-2025/" + sheet + ".json")) {
            assertThat(copy).isNotNull();
            assertThat(copy.readAllBytes()).isEqualTo(Files.readAllBytes(shared));
        }
    }

    @org.junit.jupiter.api.Test
    void everySharedSheetHasADemoCopy() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SHARED), "shared data not beside this checkout");
        try (var files = Files.list(SHARED)) {
            assertThat(files.map(file -> file.getFileName().toString().replace(".json", "")))
                    .containsExactlyInAnyOrderElementsOf(TestSheets.SEED_SHEETS);
        }
    }
}
