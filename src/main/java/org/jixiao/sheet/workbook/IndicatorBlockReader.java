package org.jixiao.sheet.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jixiao.sheet.SheetDocument.IndicatorRow;
import org.jixiao.sheet.SheetDocument.IndicatorsSection;
import org.jixiao.system.error.FieldViolation;
import org.jixiao.system.text.Message;

/**
 * The indicator block: a heading row with one group of 一级指标 / 二级指标 / 三级指标 / 指标值 for the period and one for
 * the year, side by side, and a row per level-3 indicator beneath until the sign-off. As printed forms do, a level-1
 * or level-2 name stands only in the first row of its (merged) run and is carried down; rows with a level name but
 * neither indicator nor target (「经济效益」 with nothing under it) are no indicators.
 */
final class IndicatorBlockReader {

    /** A level name that reads like a target value: a comparison, or a bare number or percentage. */
    private static final Pattern TARGET_LIKE = Pattern.compile("^[≥≤<>＞＜≧≦=＝].*|^\\d+(\\.\\d+)?%?$");

    private final WorkbookCells cells;
    private final Map<String, String> fieldCells;
    private final List<FieldViolation> problems;

    IndicatorBlockReader(WorkbookCells cells, Map<String, String> fieldCells, List<FieldViolation> problems) {
        this.cells = cells;
        this.fieldCells = fieldCells;
        this.problems = problems;
    }

    /** Reads the rows between the heading row and {@code endRow} (exclusive). */
    IndicatorsSection read(int headingRow, int endRow) {
        List<Group> groups = groups(headingRow);
        if (groups.size() > 2) {
            problems.add(new FieldViolation(cells.reference(headingRow, groups.get(2).first()),
                    Message.of("problem.workbook.too-many-groups", groups.size())));
            return null;
        }
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            if (!group.columns().containsKey(SheetLabels.LEVEL1) && i > 0) {
                // The form of some cities prints the level-1 column once, shared by both groups.
                group.columns().put(SheetLabels.LEVEL1, groups.get(i - 1).columns().get(SheetLabels.LEVEL1));
            }
            for (String heading : SheetLabels.INDICATOR_HEADINGS) {
                if (group.columns().get(heading) == null) {
                    problems.add(new FieldViolation(cells.reference(headingRow, group.first()),
                            Message.of("problem.workbook.heading-missing", heading)));
                }
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        checkUnheadedCells(groups, headingRow, endRow);
        boolean both = groups.size() == 2;
        List<IndicatorRow> period = both ? rows(groups.getFirst(), "indicators.period", headingRow, endRow) : null;
        List<IndicatorRow> annual = rows(groups.getLast(), "indicators.annual", headingRow, endRow);
        return new IndicatorsSection(period == null ? List.of() : period, annual);
    }

    /** The heading groups left to right; a heading seen again in the current group starts the next group. */
    private List<Group> groups(int headingRow) {
        List<Group> groups = new ArrayList<>();
        Group current = null;
        for (int column = 0; column <= cells.lastColumn(headingRow); column++) {
            String heading = heading(cells.text(headingRow, column));
            if (heading == null) {
                continue;
            }
            if (current == null || current.columns().containsKey(heading)) {
                current = new Group(new LinkedHashMap<>());
                groups.add(current);
            }
            current.columns().put(heading, new Span(column, cells.regionEndColumn(headingRow, column)));
        }
        return groups;
    }

    private static String heading(String text) {
        if (text == null) {
            return null;
        }
        String plain = SheetLabels.normalised(text);
        if (plain.endsWith(SheetLabels.TARGET)) {
            return SheetLabels.TARGET;
        }
        for (String label : List.of(SheetLabels.LEVEL1, SheetLabels.LEVEL2, SheetLabels.LEVEL3, SheetLabels.NATURE,
                SheetLabels.SYMBOL, SheetLabels.UNIT)) {
            if (plain.equals(label)) {
                return label;
            }
        }
        return null;
    }

    /** A value in a column no heading covers is most likely a target put in the wrong column: refuse it. */
    private void checkUnheadedCells(List<Group> groups, int headingRow, int endRow) {
        int firstColumn = groups.getFirst().first();
        String targetColumn = groups.stream().map(group -> group.columns().get(SheetLabels.TARGET))
                .map(span -> cells.reference(headingRow, span.first()).replaceAll(".*!|\\d+$", ""))
                .reduce((left, right) -> left + ", " + right).orElse("");
        for (int row = headingRow + 1; row < endRow; row++) {
            for (int column = firstColumn; column <= cells.lastColumn(row); column++) {
                String text = cells.text(row, column);
                if (text != null && !covered(groups, column)) {
                    problems.add(new FieldViolation(cells.reference(row, column),
                            Message.of("problem.workbook.unheaded", text, targetColumn)));
                }
            }
        }
    }

    private static boolean covered(List<Group> groups, int column) {
        return groups.stream().flatMap(group -> group.columns().values().stream())
                .anyMatch(span -> span.first() <= column && column <= span.last());
    }

    private List<IndicatorRow> rows(Group group, String field, int headingRow, int endRow) {
        List<IndicatorRow> rows = new ArrayList<>();
        Located level1 = null;
        Located level2 = null;
        for (int row = headingRow + 1; row < endRow; row++) {
            Located ownLevel1 = value(group, SheetLabels.LEVEL1, row);
            Located ownLevel2 = value(group, SheetLabels.LEVEL2, row);
            Located level3 = value(group, SheetLabels.LEVEL3, row);
            if (ownLevel1 != null) {
                level1 = ownLevel1;
                level2 = null;
            }
            if (ownLevel2 != null) {
                level2 = ownLevel2;
            }
            Located target = target(group, row);
            if (level3 == null && target == null) {
                continue;
            }
            String rowField = field + "[" + rows.size() + "]";
            for (Located name : new Located[] {ownLevel1, ownLevel2, level3}) {
                if (name != null && TARGET_LIKE.matcher(name.text()).matches()) {
                    problems.add(new FieldViolation(name.cell(), Message.of("problem.workbook.not-a-name",
                            name.text(), cells.reference(headingRow, group.columns().get(SheetLabels.TARGET).first())
                                    .replaceAll(".*!|\\d+$", ""))));
                }
            }
            String levelThreeCell = cells.reference(row, group.columns().get(SheetLabels.LEVEL3).first());
            fieldCells.put(rowField, levelThreeCell);
            fieldCells.put(rowField + ".level1", level1 == null
                    ? cells.reference(row, group.columns().get(SheetLabels.LEVEL1).first()) : level1.cell());
            fieldCells.put(rowField + ".level2", level2 == null
                    ? cells.reference(row, group.columns().get(SheetLabels.LEVEL2).first()) : level2.cell());
            fieldCells.put(rowField + ".level3", levelThreeCell);
            fieldCells.put(rowField + ".target",
                    cells.reference(row, group.columns().get(SheetLabels.TARGET).first()));
            rows.add(new IndicatorRow(text(level1), text(level2), text(level3), target == null ? null : target.text()));
        }
        return rows;
    }

    /** The printed target, put together from the split columns where the sheet has them. */
    private Located target(Group group, int row) {
        Located value = value(group, SheetLabels.TARGET, row);
        if (!group.columns().containsKey(SheetLabels.SYMBOL) && !group.columns().containsKey(SheetLabels.UNIT)) {
            return value;
        }
        Span valueSpan = group.columns().get(SheetLabels.TARGET);
        String number = value == null ? null : cells.number(row, value.column()).map(BigDecimal::toPlainString)
                .orElse(value.text());
        String printed = PrintedTarget.combine(text(value(group, SheetLabels.NATURE, row)),
                text(value(group, SheetLabels.SYMBOL, row)), number, text(value(group, SheetLabels.UNIT, row)));
        return printed == null ? null
                : new Located(printed, cells.reference(row, valueSpan.first()), valueSpan.first());
    }

    /** The first text within the heading's columns on this row. */
    private Located value(Group group, String heading, int row) {
        Span span = group.columns().get(heading);
        if (span == null) {
            return null;
        }
        for (int column = span.first(); column <= span.last(); column++) {
            String text = cells.text(row, column);
            if (text != null) {
                return new Located(text, cells.reference(row, column), column);
            }
        }
        return null;
    }

    private static String text(Located located) {
        return located == null ? null : located.text();
    }

    private record Span(int first, int last) {
    }

    private record Group(Map<String, Span> columns) {

        int first() {
            return columns.values().stream().mapToInt(Span::first).min().orElse(0);
        }
    }

    private record Located(String text, String cell, int column) {
    }
}
