package org.jixiao.sheet.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.sheet.SheetDocument;
import org.jixiao.sheet.SheetDocument.IndicatorRow;
import org.jixiao.support.TestSheets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Demo sheets as workbooks, and the irregular workbooks that real departments send, built from them. */
public final class TestWorkbooks {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern QUANTITY = Pattern.compile("([≥≤><])?(\\d+(?:\\.\\d+)?)(.*)");

    private TestWorkbooks() {
    }

    public static SheetDocument demo(String name) {
        return document(TestSheets.seed(name));
    }

    public static SheetDocument document(JsonNode sheet) {
        return JSON.treeToValue(sheet, SheetDocument.class);
    }

    public static byte[] workbook(SheetDocument... sheets) {
        return WorkbookWriter.write(List.of(sheets));
    }

    /** The written workbook of the sheets, changed by {@code change} on each worksheet. */
    public static byte[] changed(Consumer<Sheet> change, SheetDocument... sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(workbook(sheets)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Sheet sheet : workbook) {
                change.accept(sheet);
            }
            workbook.write(out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A sheet as JSON text, numbers compared by value and absent lists as empty ones, for comparing readings. */
    public static JsonNode comparable(SheetDocument sheet) {
        String json = JSON.writeValueAsString(sheet);
        JsonNode tree = JSON.readTree(json);
        return normalised(tree);
    }

    private static JsonNode normalised(JsonNode node) {
        if (node.isObject()) {
            var object = JSON.createObjectNode();
            node.properties().forEach(entry -> object.set(entry.getKey(), normalised(entry.getValue())));
            for (String list : List.of("transcriptionNotes", "period", "annual")) {
                if (object.has(list) && object.get(list).isNull() && !object.has("total")
                        && !object.has("overview")) {
                    object.set(list, JSON.createArrayNode());
                }
            }
            return object;
        }
        if (node.isArray()) {
            var array = JSON.createArrayNode();
            node.forEach(element -> array.add(normalised(element)));
            return array;
        }
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue().stripTrailingZeros();
            return JSON.getNodeFactory().textNode(value.toPlainString());
        }
        return node;
    }

    /** Every row from the project name on moved down, with a note above the title, as a scanned-in form has. */
    public static void moveRows(Sheet sheet) {
        sheet.shiftRows(0, sheet.getLastRowNum(), 3);
        sheet.createRow(0).createCell(0).setCellValue("附件2");
        sheet.shiftRows(5, sheet.getLastRowNum(), 2);
        sheet.createRow(5).createCell(3).setCellValue("单位：元");
    }

    /** No merged cells at all, then each label merged with the blank cell beside it, if any. */
    public static void mergeDifferently(Sheet sheet) {
        while (sheet.getNumMergedRegions() > 0) {
            sheet.removeMergedRegion(0);
        }
        for (Row row : sheet) {
            for (int column = 0; column < row.getLastCellNum() - 1; column++) {
                Cell here = row.getCell(column);
                Cell next = row.getCell(column + 1);
                if (here != null && here.getCellType() == CellType.STRING && !here.getStringCellValue().isBlank()
                        && (next == null || next.getCellType() == CellType.BLANK)
                        && here.getStringCellValue().length() < 12 && row.getRowNum() > 1) {
                    sheet.addMergedRegionUnsafe(new CellRangeAddress(row.getRowNum(), row.getRowNum(), column,
                            column + 1));
                    column++;
                }
            }
        }
    }

    /** The amounts typed as text with thousands separators, some with the spaces OCR leaves. */
    public static void amountsAsText(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.NUMERIC) {
                    BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
                    String grouped = String.format("%,.2f", value).replace(".00", "");
                    cell.setBlank();
                    cell.setCellValue(row.getRowNum() % 2 == 0 ? grouped : grouped.replace(",", ", "));
                }
            }
        }
    }

    /** The sheet with, in each group, a level-2 row that has no indicator under it (「经济效益」 alone). */
    public static SheetDocument withEmptyLevel2Rows(SheetDocument sheet) {
        return new SheetDocument(sheet.fiscalYear(), sheet.project(), sheet.funding(), sheet.text(), sheet.goals(),
                new SheetDocument.IndicatorsSection(withEmptyRow(sheet.indicators().period()),
                        withEmptyRow(sheet.indicators().annual())),
                sheet.signoff(), sheet.transcriptionNotes());
    }

    private static List<IndicatorRow> withEmptyRow(List<IndicatorRow> rows) {
        List<IndicatorRow> more = new ArrayList<>(rows);
        more.add(new IndicatorRow("效益指标", "经济效益", null, null));
        more.add(new IndicatorRow("效益指标", "生态效益", null, null));
        return more;
    }

    /**
     * The vendor layout: each group's target split into 指标性质 / 计算符号 / 指标值 / 计量单位, and level names written
     * only in the first row of their run, with no merged cells in the block.
     */
    public static void splitTargets(Sheet sheet, SheetDocument document) {
        int heading = -1;
        for (Row row : sheet) {
            Cell cell = row.getCell(1);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals("一级指标")) {
                heading = row.getRowNum();
            }
        }
        int rows = Math.max(document.indicators().period().size(), document.indicators().annual().size());
        for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
            CellRangeAddress region = sheet.getMergedRegion(i);
            if (region.getFirstRow() >= heading && region.getLastRow() <= heading + rows
                    && region.getFirstColumn() >= 1) {
                sheet.removeMergedRegion(i);
            }
        }
        for (int r = heading; r <= heading + rows; r++) {
            Row row = sheet.getRow(r);
            for (int column = 1; column < 16; column++) {
                Cell cell = row.getCell(column);
                if (cell != null) {
                    row.removeCell(cell);
                }
            }
        }
        String[] headings = {"一级指标", "二级指标", "三级指标", "指标性质", "计算符号", "指标值", "计量单位"};
        for (int group = 0; group < 2; group++) {
            int first = 1 + group * headings.length;
            for (int i = 0; i < headings.length; i++) {
                sheet.getRow(heading).createCell(first + i).setCellValue(headings[i]);
            }
            List<IndicatorRow> indicators = group == 0 ? document.indicators().period()
                    : document.indicators().annual();
            for (int i = 0; i < indicators.size(); i++) {
                IndicatorRow indicator = indicators.get(i);
                Row row = sheet.getRow(heading + 1 + i);
                IndicatorRow above = i == 0 ? null : indicators.get(i - 1);
                if (above == null || !above.level1().equals(indicator.level1())) {
                    row.createCell(first).setCellValue(indicator.level1());
                }
                if (above == null || !above.level1().equals(indicator.level1())
                        || !above.level2().equals(indicator.level2())) {
                    row.createCell(first + 1).setCellValue(indicator.level2());
                }
                row.createCell(first + 2).setCellValue(indicator.level3());
                split(row, first + 3, indicator.target());
            }
        }
    }

    private static void split(Row row, int column, String target) {
        if (target == null) {
            return;
        }
        Matcher quantity = QUANTITY.matcher(target);
        if (!quantity.matches()) {
            row.createCell(column).setCellValue("定性");
            row.createCell(column + 2).setCellValue(target);
            return;
        }
        row.createCell(column).setCellValue("定量");
        row.createCell(column + 1).setCellValue(quantity.group(1) == null ? "=" : quantity.group(1));
        String number = quantity.group(2);
        if (new BigDecimal(number).stripTrailingZeros().toPlainString().equals(number)) {
            row.createCell(column + 2).setCellValue(Double.parseDouble(number));
        }
        else {
            row.createCell(column + 2).setCellValue(number);
        }
        if (!quantity.group(3).isEmpty()) {
            row.createCell(column + 3).setCellValue(quantity.group(3));
        }
    }
}
