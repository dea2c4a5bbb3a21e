package org.jixiao.sheet.workbook;

import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Sheet;
import org.jixiao.sheet.SheetDocument;
import org.jixiao.sheet.SheetValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.support.TestSheets.SEED_SHEETS;

/** Demo sheets written as workbooks, made irregular the ways real forms are, and read back unchanged. */
class WorkbookReaderTests {

    private final WorkbookReader reader = new WorkbookReader(
            new WorkbookProperties(DataSize.ofMegabytes(10), 500_000, 300));

    @ParameterizedTest(name = "{0}")
    @FieldSource("org.jixiao.support.TestSheets#SEED_SHEETS")
    void everyDemoSheetReadsBackAsItsJson(String name) {
        SheetDocument sheet = TestWorkbooks.demo(name);

        assertReadsAs(TestWorkbooks.workbook(sheet), sheet);
    }

    @Test
    void theFourteenDemoSheetsInOneWorkbookReadBackInOrder() {
        SheetDocument[] sheets = SEED_SHEETS.stream().map(TestWorkbooks::demo).toArray(SheetDocument[]::new);

        List<WorksheetReading> readings = reader.read(TestWorkbooks.workbook(sheets));

        assertThat(readings).hasSize(14);
        for (int i = 0; i < sheets.length; i++) {
            assertThat(TestWorkbooks.comparable(readings.get(i).document()))
                    .isEqualTo(TestWorkbooks.comparable(sheets[i]));
        }
    }

    @Test
    void rowsMovedDownAndNotesBetweenBlocksDoNotMatter() {
        assertIrregularReadsAs(TestWorkbooks::moveRows);
    }

    @Test
    void mergesThatDifferDoNotMatter() {
        assertIrregularReadsAs(TestWorkbooks::mergeDifferently);
    }

    @Test
    void amountsTypedAsTextWithThousandsSeparatorsReadAsNumbers() {
        assertIrregularReadsAs(TestWorkbooks::amountsAsText);
    }

    @Test
    void levelTwoRowsWithoutIndicatorsAreNoIndicators() {
        SheetDocument sheet = TestWorkbooks.demo("city-cloud-ops");

        assertReadsAs(TestWorkbooks.workbook(TestWorkbooks.withEmptyLevel2Rows(sheet)), sheet);
    }

    @Test
    void theVendorLayoutWithSplitTargetsReadsAsThePrintedTargets() {
        for (String name : SEED_SHEETS) {
            SheetDocument sheet = TestWorkbooks.demo(name);

            assertReadsAs(TestWorkbooks.changed(worksheet -> TestWorkbooks.splitTargets(worksheet, sheet), sheet),
                    sheet);
        }
    }

    private void assertIrregularReadsAs(Consumer<Sheet> change) {
        for (String name : SEED_SHEETS) {
            SheetDocument sheet = TestWorkbooks.demo(name);
            assertReadsAs(TestWorkbooks.changed(change, sheet), sheet);
        }
    }

    private void assertReadsAs(byte[] workbook, SheetDocument expected) {
        List<WorksheetReading> readings = reader.read(workbook);

        assertThat(readings).hasSize(1);
        WorksheetReading reading = readings.getFirst();
        assertThat(reading.problems()).isEmpty();
        assertThat(SheetValidator.validate(reading.document())).isEmpty();
        assertThat(TestWorkbooks.comparable(reading.document())).isEqualTo(TestWorkbooks.comparable(expected));
    }
}
