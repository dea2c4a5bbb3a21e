package org.jixiao.evaluation.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A sheet of cells, as both export formats write it. A cell is a String, a BigDecimal (written as a number), a
 * {@link Figure} (a number with its display format) or null.
 *
 * @param name the sheet's name in a workbook
 * @param merges cell ranges shown as one cell in XLSX (the official forms merge their titles and block labels); CSV
 *        writes every cell as it is
 */
public record Table(String name, List<List<Object>> rows, List<Merge> merges) {

    public Table {
        merges = merges == null ? List.of() : List.copyOf(merges);
    }

    public Table(String name, List<List<Object>> rows) {
        this(name, rows, List.of());
    }

    /** Rows {@code firstRow}..{@code lastRow} and columns {@code firstColumn}..{@code lastColumn}, inclusive. */
    public record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    }

    /** A number shown in a format: money with two decimals, or a fraction as a percentage (0.4512 → 45.12%). */
    public record Figure(BigDecimal value, Format format) {

        public Figure {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(format, "format");
        }

        public static Figure money(BigDecimal value) {
            return value == null ? null : new Figure(value, Format.MONEY);
        }

        public static Figure percent(BigDecimal fraction) {
            return fraction == null ? null : new Figure(fraction, Format.PERCENT);
        }
    }

    /** The spreadsheet number formats used. */
    public enum Format {
        MONEY("#,##0.00"), PERCENT("0.00%");

        private final String pattern;

        Format(String pattern) {
            this.pattern = pattern;
        }

        public String pattern() {
            return this.pattern;
        }
    }
}
