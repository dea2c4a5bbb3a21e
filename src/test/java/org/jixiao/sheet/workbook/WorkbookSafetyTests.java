package org.jixiao.sheet.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.sheet.SheetDocument;
import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.error.TooLargeException;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an uploaded file may not do: inflate without bound, link other workbooks, make the server compute. */
class WorkbookSafetyTests {

    private final WorkbookReader reader = new WorkbookReader(
            new WorkbookProperties(DataSize.ofMegabytes(10), 500_000, 300));
    private final SheetDocument sheet = TestWorkbooks.demo("city-cloud-ops");

    @Test
    void aZipBombIsRefused() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(TestWorkbooks.workbook(sheet)));
                ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("xl/media/padding.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }

        assertThatThrownBy(() -> reader.read(bomb.toByteArray())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("zip bomb");
    }

    @Test
    void aWorkbookLinkingAnotherWorkbookIsRefused() throws IOException {
        byte[] linked;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TestWorkbooks.workbook(sheet)));
                XSSFWorkbook other = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            other.createSheet("预算");
            workbook.linkExternalWorkbook("budget.xlsx", other);
            workbook.getSheetAt(0).getRow(0).createCell(10).setCellFormula("[1]预算!A1");
            workbook.write(out);
            linked = out.toByteArray();
        }

        assertThatThrownBy(() -> reader.read(linked)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("links to other workbooks");
    }

    @Test
    void aFormulaReadsAsTheValueItsSpreadsheetCachedAndIsNeverEvaluated() throws IOException {
        byte[] withFormula;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TestWorkbooks.workbook(sheet)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Row row : workbook.getSheetAt(0)) {
                Cell label = row.getCell(1);
                if (label != null && label.getCellType() == CellType.STRING
                        && label.getStringCellValue().equals("实施期资金总额")) {
                    Cell total = row.getCell(3);
                    total.setCellFormula("1+1");
                    total.setCellValue(sheet.funding().period().total().doubleValue());
                }
            }
            workbook.write(out);
            withFormula = out.toByteArray();
        }

        BigDecimal total = reader.read(withFormula).getFirst().document().funding().period().total();

        assertThat(total).isEqualByComparingTo(sheet.funding().period().total());
    }

    @Test
    void tooManyCellsAreRefused() {
        WorkbookReader strict = new WorkbookReader(new WorkbookProperties(DataSize.ofMegabytes(10), 100, 300));

        assertThatThrownBy(() -> strict.read(TestWorkbooks.workbook(sheet))).isInstanceOf(TooLargeException.class);
    }
}
