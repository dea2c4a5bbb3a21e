package org.jixiao.evaluation.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Tables as CSV (UTF-8 with a byte-order mark, so spreadsheet software reads the Chinese right) or as XLSX: one table
 * a workbook, or several tables as the sheets of one workbook.
 */
public final class TableWriters {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv";

    private static final int SHEET_NAME_LIMIT = 31;

    private TableWriters() {
    }

    public static byte[] csv(Table table) {
        StringBuilder text = new StringBuilder("\uFEFF");
        for (List<Object> row : table.rows()) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    text.append(',');
                }
                Object cell = plain(row.get(i));
                text.append(cell == null ? "" : quoted(cell.toString()));
            }
            text.append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(Table table) {
        return xlsx(List.of(table));
    }

    /** One workbook, a sheet per table in order; names made valid and unique as spreadsheets require. */
    public static byte[] xlsx(List<Table> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Map<Table.Format, CellStyle> styles = new EnumMap<>(Table.Format.class);
            for (Table.Format format : Table.Format.values()) {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(format.pattern()));
                styles.put(format, style);
            }
            Set<String> names = new HashSet<>();
            for (Table table : tables) {
                write(table, workbook.createSheet(uniqueName(table.name(), names)), styles);
            }
            workbook.write(out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void write(Table table, Sheet sheet, Map<Table.Format, CellStyle> styles) {
        int width = 0;
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> cells = table.rows().get(r);
            width = Math.max(width, cells.size());
            Row row = sheet.createRow(r);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                if (value == null || hiddenByMerge(table, r, c)) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof BigDecimal number) {
                    cell.setCellValue(number.doubleValue());
                }
                else if (value instanceof Table.Figure figure) {
                    cell.setCellValue(figure.value().doubleValue());
                    cell.setCellStyle(styles.get(figure.format()));
                }
                else {
                    cell.setCellValue(value.toString());
                }
            }
        }
        for (Table.Merge merge : table.merges()) {
            sheet.addMergedRegion(new CellRangeAddress(merge.firstRow(), merge.lastRow(), merge.firstColumn(),
                    merge.lastColumn()));
        }
        for (int c = 0; c < width; c++) {
            sheet.setColumnWidth(c, 18 * 256);
        }
    }

    /** A merged range shows its first cell only; the others are left empty rather than holding hidden text. */
    private static boolean hiddenByMerge(Table table, int row, int column) {
        for (Table.Merge merge : table.merges()) {
            if (row >= merge.firstRow() && row <= merge.lastRow() && column >= merge.firstColumn()
                    && column <= merge.lastColumn()) {
                return row != merge.firstRow() || column != merge.firstColumn();
            }
        }
        return false;
    }

    private static String uniqueName(String wanted, Set<String> taken) {
        String base = (wanted == null || wanted.isBlank() ? "Sheet" : wanted).replaceAll("[\\\\/?*\\[\\]:]", "_");
        base = base.length() > SHEET_NAME_LIMIT ? base.substring(0, SHEET_NAME_LIMIT) : base;
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), SHEET_NAME_LIMIT - suffix.length())) + suffix;
        }
        return name;
    }

    /**
     * A cell as CSV text: numbers without trailing zeros, money with two decimals, a fraction as its percentage with
     * the sign (0.4512 → 45.12%).
     */
    static Object plain(Object cell) {
        if (cell instanceof Table.Figure figure) {
            return switch (figure.format()) {
                case MONEY -> figure.value().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
                case PERCENT -> figure.value().movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP)
                        .toPlainString() + "%";
            };
        }
        return EvaluationTables.plain(cell);
    }

    private static String quoted(String value) {
        boolean needs = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return needs ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
