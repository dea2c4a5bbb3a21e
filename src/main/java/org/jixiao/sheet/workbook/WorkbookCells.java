package org.jixiao.sheet.workbook;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * One worksheet seen as a grid of printed texts. Formulas are never evaluated: a formula cell reads as the value the
 * spreadsheet program cached when it saved the file, so an upload cannot make the server compute anything.
 */
final class WorkbookCells {

    private final Sheet sheet;
    private final DataFormatter formatter = new DataFormatter();
    private final List<CellRangeAddress> merges;

    WorkbookCells(Sheet sheet) {
        this.sheet = sheet;
        this.merges = sheet.getMergedRegions();
    }

    String sheetName() {
        return sheet.getSheetName();
    }

    int lastRow() {
        return sheet.getLastRowNum();
    }

    int lastColumn(int row) {
        Row cells = sheet.getRow(row);
        return cells == null ? -1 : cells.getLastCellNum() - 1;
    }

    /** Where a cell is, as a person finds it in the spreadsheet program: {@code Sheet2!D17}. */
    String reference(int row, int column) {
        return new CellReference(sheet.getSheetName(), row, column, false, false).formatAsString();
    }

    /** The printed text of a cell, stripped; null when the cell is blank. */
    String text(int row, int column) {
        Cell cell = cell(row, column);
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        String text = switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE)
                    : formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                            cell.getCellStyle().getDataFormatString());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> null;
        };
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A number cell's exact value, without the format it is printed in; empty for text and blank cells. */
    Optional<BigDecimal> number(int row, int column) {
        Cell cell = cell(row, column);
        if (cell == null) {
            return Optional.empty();
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        if (type != CellType.NUMERIC || DateUtil.isCellDateFormatted(cell)) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros();
        return Optional.of(value.scale() < 0 ? value.setScale(0) : value);
    }

    /** The last column of the merged region a cell starts (or the cell's own column). */
    int regionEndColumn(int row, int column) {
        for (CellRangeAddress merge : merges) {
            if (merge.isInRange(row, column)) {
                return merge.getLastColumn();
            }
        }
        return column;
    }

    /** The last row of the merged region a cell belongs to (or the cell's own row). */
    int regionEndRow(int row, int column) {
        for (CellRangeAddress merge : merges) {
            if (merge.isInRange(row, column)) {
                return merge.getLastRow();
            }
        }
        return row;
    }

    private Cell cell(int row, int column) {
        Row cells = sheet.getRow(row);
        return cells == null || column < 0 ? null : cells.getCell(column);
    }
}
