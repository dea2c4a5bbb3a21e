package org.jixiao.sheet.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.RegionUtil;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.sheet.SheetDocument;
import org.jixiao.sheet.SheetDocument.FundingBreakdown;
import org.jixiao.sheet.SheetDocument.IndicatorRow;

/**
 * Writes sheets as the official 项目支出绩效目标表, one worksheet a project: the title over the width, the header
 * block, the funds in yuan with thousands separators, the texts, the goals, and the indicator block with the period
 * group (columns B–E) beside the year's (F–I), level names merged over their runs, then the sign-off row. Below it,
 * not on the printed form, the budget table's figure and the transcription notes, so that nothing of the sheet is
 * lost and {@link WorkbookReader} reads back the same sheet.
 */
public final class WorkbookWriter {

    private static final int WIDTH = 9;
    private static final int SHEET_NAME_LIMIT = 31;
    private static final int[] COLUMN_WIDTHS = {12, 12, 14, 24, 16, 12, 14, 24, 16};

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle title;
    private final CellStyle label;
    private final CellStyle text;
    private final CellStyle money;
    private final CellStyle plain;

    private WorkbookWriter() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        title = style(big, HorizontalAlignment.CENTER, false);
        title.setBorderTop(BorderStyle.NONE);
        title.setBorderBottom(BorderStyle.NONE);
        title.setBorderLeft(BorderStyle.NONE);
        title.setBorderRight(BorderStyle.NONE);
        label = style(bold, HorizontalAlignment.CENTER, true);
        text = style(null, HorizontalAlignment.LEFT, true);
        plain = style(null, HorizontalAlignment.CENTER, true);
        money = style(null, HorizontalAlignment.RIGHT, true);
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
    }

    /** One workbook with a worksheet for each sheet, named after its project. */
    public static byte[] write(List<SheetDocument> sheets) {
        WorkbookWriter writer = new WorkbookWriter();
        Set<String> names = new HashSet<>();
        for (SheetDocument sheet : sheets) {
            String name = sheet.project() == null ? null : sheet.project().name();
            writer.sheet(sheet, writer.workbook.createSheet(uniqueName(name, names)));
        }
        try (XSSFWorkbook workbook = writer.workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void sheet(SheetDocument sheet, Sheet out) {
        for (int column = 0; column < WIDTH; column++) {
            out.setColumnWidth(column, COLUMN_WIDTHS[column] * 256);
        }
        SheetDocument.ProjectSection project = sheet.project();
        int row = 0;
        merged(out, row, 0, row, WIDTH - 1, SheetLabels.TITLE, title);
        row++;
        merged(out, row, 0, row, WIDTH - 1,
                sheet.fiscalYear() == null ? null : SheetLabels.fiscalYearLine(sheet.fiscalYear()), title);
        row++;
        merged(out, row, 0, row, 1, SheetLabels.PROJECT_NAME, label);
        merged(out, row, 2, row, 8, project.name(), text);
        row++;
        merged(out, row, 0, row, 1, SheetLabels.DEPARTMENT, label);
        merged(out, row, 2, row, 4, project.department() == null ? null
                : project.department().code() + "-" + project.department().name(), text);
        merged(out, row, 5, row, 6, SheetLabels.IMPLEMENTING_UNIT, label);
        merged(out, row, 7, row, 8, project.implementingUnit(), text);
        row++;
        merged(out, row, 0, row, 1, SheetLabels.ATTRIBUTE, label);
        merged(out, row, 2, row, 4, project.attribute(), text);
        merged(out, row, 5, row, 6, SheetLabels.PERIOD, label);
        merged(out, row, 7, row, 8, project.periodYears() == null ? null : project.periodYears() + "年", plain);
        row++;
        row = funding(out, row, sheet.funding());
        SheetDocument.TextSection texts = sheet.text() == null
                ? new SheetDocument.TextSection(null, null, null, null, null) : sheet.text();
        String[][] blocks = {{SheetLabels.OVERVIEW, texts.overview()}, {SheetLabels.BASIS, texts.basis()},
            {SheetLabels.NECESSITY, texts.necessity()}, {SheetLabels.SAFEGUARDS, texts.safeguards()},
            {SheetLabels.PLAN, texts.plan()}};
        for (String[] block : blocks) {
            merged(out, row, 0, row, 1, block[0], label);
            merged(out, row, 2, row, 8, block[1], text);
            row++;
        }
        merged(out, row, 0, row + 1, 0, SheetLabels.GOALS, label);
        merged(out, row, 1, row, 4, SheetLabels.PERIOD_GOAL, label);
        merged(out, row, 5, row, 8, SheetLabels.ANNUAL_GOAL, label);
        row++;
        merged(out, row, 1, row, 4, sheet.goals() == null ? null : sheet.goals().period(), text);
        merged(out, row, 5, row, 8, sheet.goals() == null ? null : sheet.goals().annual(), text);
        row++;
        row = indicators(out, row, sheet.indicators());
        row = signoff(out, row, sheet.signoff());
        extras(out, row, sheet);
    }

    private int funding(Sheet out, int row, SheetDocument.FundingSection funding) {
        FundingBreakdown period = funding == null ? null : funding.period();
        FundingBreakdown annual = funding == null ? null : funding.annual();
        String[] periodLabels = {SheetLabels.PERIOD_TOTAL, "其中：" + SheetLabels.CENTRAL, SheetLabels.PROVINCIAL,
            SheetLabels.CITY_COUNTY, SheetLabels.SELF_RAISED, SheetLabels.OTHER};
        String[] annualLabels = {SheetLabels.ANNUAL_TOTAL, "其中：" + SheetLabels.CENTRAL, SheetLabels.PROVINCIAL,
            SheetLabels.CITY_COUNTY, SheetLabels.SELF_RAISED, SheetLabels.OTHER};
        merged(out, row, 0, row + periodLabels.length - 1, 0, SheetLabels.FUNDING, label);
        for (int i = 0; i < periodLabels.length; i++) {
            merged(out, row + i, 1, row + i, 2, periodLabels[i], label);
            merged(out, row + i, 3, row + i, 4, amount(period, i), money);
            merged(out, row + i, 5, row + i, 6, annualLabels[i], label);
            merged(out, row + i, 7, row + i, 8, amount(annual, i), money);
        }
        return row + periodLabels.length;
    }

    private static BigDecimal amount(FundingBreakdown breakdown, int index) {
        if (breakdown == null) {
            return null;
        }
        return switch (index) {
            case 0 -> breakdown.total();
            case 1 -> breakdown.central();
            case 2 -> breakdown.provincial();
            case 3 -> breakdown.cityCounty();
            case 4 -> breakdown.selfRaised();
            default -> breakdown.other();
        };
    }

    private int indicators(Sheet out, int row, SheetDocument.IndicatorsSection indicators) {
        List<IndicatorRow> period = indicators == null || indicators.period() == null ? List.of()
                : indicators.period();
        List<IndicatorRow> annual = indicators == null || indicators.annual() == null ? List.of()
                : indicators.annual();
        int rows = Math.max(period.size(), annual.size());
        merged(out, row, 0, row + rows, 0, SheetLabels.INDICATORS, label);
        for (int group = 0; group < 2; group++) {
            for (int i = 0; i < SheetLabels.INDICATOR_HEADINGS.size(); i++) {
                merged(out, row, 1 + group * 4 + i, row, 1 + group * 4 + i, SheetLabels.INDICATOR_HEADINGS.get(i),
                        label);
            }
        }
        group(out, row + 1, 1, period, rows);
        group(out, row + 1, 5, annual, rows);
        return row + 1 + rows;
    }

    /** One group's rows; a level-1 name merged over its run, a level-2 name over its run within that. */
    private void group(Sheet out, int firstRow, int column, List<IndicatorRow> rows, int height) {
        for (int i = 0; i < height; i++) {
            IndicatorRow indicator = i < rows.size() ? rows.get(i) : null;
            cell(out, firstRow + i, column + 2, indicator == null ? null : indicator.level3(), text);
            cell(out, firstRow + i, column + 3, indicator == null ? null : indicator.target(), plain);
        }
        runs(out, firstRow, column, rows, height, true);
        runs(out, firstRow, column + 1, rows, height, false);
    }

    private void runs(Sheet out, int firstRow, int column, List<IndicatorRow> rows, int height, boolean level1) {
        int start = 0;
        for (int i = 1; i <= height; i++) {
            boolean sameRun = i < rows.size() && level1Of(rows.get(i)).equals(level1Of(rows.get(start)))
                    && (level1 || levelOf(rows.get(i), false).equals(levelOf(rows.get(start), false)));
            if (!sameRun) {
                String name = start < rows.size() ? levelOf(rows.get(start), level1) : null;
                merged(out, firstRow + start, column, firstRow + i - 1, column, name == null || name.isEmpty() ? null : name,
                        plain);
                start = i;
            }
        }
    }

    private static String level1Of(IndicatorRow row) {
        return levelOf(row, true);
    }

    private static String levelOf(IndicatorRow row, boolean level1) {
        String name = level1 ? row.level1() : row.level2();
        return name == null ? "" : name;
    }

    private int signoff(Sheet out, int row, SheetDocument.SignoffSection signoff) {
        SheetDocument.SignoffSection given = signoff == null
                ? new SheetDocument.SignoffSection(null, null, null, null) : signoff;
        cell(out, row, 0, SheetLabels.OWNER + "：", label);
        cell(out, row, 1, given.owner(), text);
        cell(out, row, 2, SheetLabels.HANDLER + "：", label);
        cell(out, row, 3, given.handler(), text);
        cell(out, row, 4, SheetLabels.PHONE + "：", label);
        cell(out, row, 5, given.phone(), text);
        cell(out, row, 6, SheetLabels.FILLED_AT + "：", label);
        merged(out, row, 7, row, 8, given.filledAt(), text);
        return row + 1;
    }

    private void extras(Sheet out, int row, SheetDocument sheet) {
        merged(out, row, 0, row, 1, SheetLabels.BUDGET_WAN, label);
        merged(out, row, 2, row, 8, sheet.project().budgetWan(), money);
        List<String> notes = sheet.transcriptionNotes() == null ? List.of() : sheet.transcriptionNotes();
        if (notes.isEmpty()) {
            return;
        }
        merged(out, row + 1, 0, row + notes.size(), 1, SheetLabels.NOTES, label);
        for (int i = 0; i < notes.size(); i++) {
            merged(out, row + 1 + i, 2, row + 1 + i, 8, notes.get(i), text);
        }
    }

    /** A value over a merged region with a border around all of it. */
    private void merged(Sheet out, int firstRow, int firstColumn, int lastRow, int lastColumn, Object value,
            CellStyle style) {
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = firstColumn; c <= lastColumn; c++) {
                cell(out, r, c, r == firstRow && c == firstColumn ? value : null, style);
            }
        }
        if (firstRow != lastRow || firstColumn != lastColumn) {
            CellRangeAddress region = new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn);
            out.addMergedRegionUnsafe(region);
            if (style != title) {
                RegionUtil.setBorderTop(BorderStyle.THIN, region, out);
                RegionUtil.setBorderBottom(BorderStyle.THIN, region, out);
                RegionUtil.setBorderLeft(BorderStyle.THIN, region, out);
                RegionUtil.setBorderRight(BorderStyle.THIN, region, out);
            }
        }
    }

    private static void cell(Sheet out, int rowIndex, int column, Object value, CellStyle style) {
        Row row = out.getRow(rowIndex) == null ? out.createRow(rowIndex) : out.getRow(rowIndex);
        Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
        cell.setCellStyle(style);
        if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        }
        else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }

    private CellStyle style(Font font, HorizontalAlignment alignment, boolean border) {
        CellStyle style = workbook.createCellStyle();
        if (font != null) {
            style.setFont(font);
        }
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        if (border) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }

    /** Worksheet names are at most 31 characters, without []:*?/\ and unique within the workbook. */
    private static String uniqueName(String projectName, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(projectName == null || projectName.isBlank() ? "sheet"
                : projectName, '_');
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = "-" + n;
            name = base.substring(0, Math.min(base.length(), SHEET_NAME_LIMIT - suffix.length())) + suffix;
        }
        return name;
    }
}
