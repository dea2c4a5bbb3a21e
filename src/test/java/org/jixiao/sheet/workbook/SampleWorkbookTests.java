package org.jixiao.sheet.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.sheet.SheetDocument;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.support.TestSheets.SEED_SHEETS;

/**
 * docs/samples/jincheng-2025-sheets.xlsx is the demo data written as a workbook. The file's bytes carry the time it
 * was written, so drift is checked by what it reads as. Regenerate with
 * {@code ./mvnw -o test-compile surefire:test@default-test -Dtest=SampleWorkbookTests -Djixiao.samples.write=true}.
 */
class SampleWorkbookTests {

    private static final Path SAMPLE = Path.of("docs", "samples", "jincheng-2025-sheets.xlsx");

    @Test
    void theSampleWorkbookReadsAsTheDemoSheets() throws IOException {
        List<SheetDocument> demo = SEED_SHEETS.stream().map(TestWorkbooks::demo).toList();
        if (Boolean.getBoolean("jixiao.samples.write")) {
            Files.write(SAMPLE, WorkbookWriter.write(demo));
        }

        List<WorksheetReading> read = new WorkbookReader(new WorkbookProperties(DataSize.ofMegabytes(10), 500_000,
                300)).read(Files.readAllBytes(SAMPLE));

        assertThat(read).hasSameSizeAs(demo);
        for (int i = 0; i < demo.size(); i++) {
            assertThat(TestWorkbooks.comparable(read.get(i).document())).as(SEED_SHEETS.get(i))
                    .isEqualTo(TestWorkbooks.comparable(demo.get(i)));
        }
    }
}
