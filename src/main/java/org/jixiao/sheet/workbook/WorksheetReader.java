package org.jixiao.sheet.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.sheet.SheetDocument;
import org.jixiao.sheet.SheetDocument.FundingBreakdown;
import org.jixiao.system.error.FieldViolation;
import org.jixiao.system.text.Message;

/**
 * Reads one worksheet of the 项目支出绩效目标表 into a sheet. Blocks are found by their printed labels, never by cell
 * address: a value is the first non-blank cell right of its label (a label found there instead means the value is
 * blank), so rows may move and merges differ. Numbers may be number cells or text with thousands separators.
 */
final class WorksheetReader {

    private static final Pattern DEPARTMENT = Pattern.compile("([A-Za-z0-9]+)\\s*[-－—–]\\s*(.+)");
    private static final Pattern YEARS = Pattern.compile("(\\d{1,3})\\s*年?");
    private static final List<String> SIGNOFF_LABELS = List.of(SheetLabels.OWNER, SheetLabels.HANDLER,
            SheetLabels.PHONE, SheetLabels.FILLED_AT, SheetLabels.BUDGET_WAN, SheetLabels.NOTES);

    private final WorkbookCells cells;
    private final Map<String, List<int[]>> labels = new HashMap<>();
    private final Map<String, String> fieldCells = new LinkedHashMap<>();
    private final List<FieldViolation> problems = new ArrayList<>();
    private Integer fiscalYear;
    private boolean blank = true;

    private WorksheetReader(WorkbookCells cells) {
        this.cells = cells;
    }

    /** The worksheet as a sheet; empty for a worksheet with no text at all (the spare sheets programs add). */
    static Optional<WorksheetReading> read(WorkbookCells cells) {
        WorksheetReader reader = new WorksheetReader(cells);
        reader.index();
        if (reader.blank) {
            return Optional.empty();
        }
        return Optional.of(reader.reading());
    }

    private void index() {
        for (int row = 0; row <= cells.lastRow(); row++) {
            for (int column = 0; column <= cells.lastColumn(row); column++) {
                String text = cells.text(row, column);
                if (text == null) {
                    continue;
                }
                blank = false;
                if (SheetLabels.isLabel(text)) {
                    labels.computeIfAbsent(SheetLabels.normalised(text), key -> new ArrayList<>())
                            .add(new int[] {row, column});
                }
                else if (fiscalYear == null && SheetLabels.fiscalYear(text) > 0) {
                    fiscalYear = SheetLabels.fiscalYear(text);
                }
            }
        }
    }

    private WorksheetReading reading() {
        String sheet = cells.sheetName();
        if (fiscalYear == null) {
            problems.add(new FieldViolation(sheet, Message.of("problem.workbook.fiscal-year")));
        }
        SheetDocument document = new SheetDocument(fiscalYear, project(), funding(),
                new SheetDocument.TextSection(text("text.overview", SheetLabels.OVERVIEW),
                        text("text.basis", SheetLabels.BASIS), text("text.necessity", SheetLabels.NECESSITY),
                        text("text.safeguards", SheetLabels.SAFEGUARDS), text("text.plan", SheetLabels.PLAN)),
                new SheetDocument.GoalsSection(goal("goals.period", SheetLabels.PERIOD_GOAL, SheetLabels.ANNUAL_GOAL),
                        goal("goals.annual", SheetLabels.ANNUAL_GOAL, null)),
                indicators(),
                new SheetDocument.SignoffSection(text("signoff.owner", SheetLabels.OWNER),
                        text("signoff.handler", SheetLabels.HANDLER), text("signoff.phone", SheetLabels.PHONE),
                        text("signoff.filledAt", SheetLabels.FILLED_AT)),
                notes());
        return new WorksheetReading(sheet, document, Map.copyOf(fieldCells), List.copyOf(problems));
    }

    private SheetDocument.ProjectSection project() {
        String name = text("project.name", SheetLabels.PROJECT_NAME);
        if (first(SheetLabels.PROJECT_NAME) == null) {
            problems.add(new FieldViolation(cells.sheetName(),
                    Message.of("problem.workbook.label-missing", SheetLabels.PROJECT_NAME)));
        }
        String label = first(SheetLabels.DEPARTMENT) != null ? SheetLabels.DEPARTMENT : "主管部门";
        String printed = text("project.department", label);
        SheetDocument.DepartmentSection department = null;
        if (printed != null) {
            Matcher parts = DEPARTMENT.matcher(printed);
            // "102-市数据局" gives the code and the name; a name alone is filed under a code derived from it.
            department = parts.matches()
                    ? new SheetDocument.DepartmentSection(parts.group(1), parts.group(2).strip())
                    : new SheetDocument.DepartmentSection(null, printed.strip());
        }
        return new SheetDocument.ProjectSection(name, department,
                text("project.implementingUnit", SheetLabels.IMPLEMENTING_UNIT),
                text("project.attribute", SheetLabels.ATTRIBUTE), periodYears(),
                amount("project.budgetWan", valueRight(first(SheetLabels.BUDGET_WAN))));
    }

    private Integer periodYears() {
        String printed = text("project.periodYears", SheetLabels.PERIOD);
        if (printed == null) {
            return null;
        }
        Matcher years = YEARS.matcher(printed);
        if (years.matches()) {
            return Integer.valueOf(years.group(1));
        }
        problems.add(new FieldViolation(fieldCells.get("project.periodYears"),
                Message.of("problem.workbook.period-years", printed)));
        return null;
    }

    /** Each source label belongs to the total (实施期 or 年度) whose label stands nearest above it in column. */
    private SheetDocument.FundingSection funding() {
        int[] periodTotal = first(SheetLabels.PERIOD_TOTAL);
        int[] annualTotal = first(SheetLabels.ANNUAL_TOTAL);
        Map<String, Map<String, BigDecimal>> amounts = Map.of("funding.period", new HashMap<>(),
                "funding.annual", new HashMap<>());
        if (periodTotal != null) {
            amounts.get("funding.period").put("total", amount("funding.period.total", valueRight(periodTotal)));
        }
        if (annualTotal != null) {
            amounts.get("funding.annual").put("total", amount("funding.annual.total", valueRight(annualTotal)));
        }
        Map<String, String> sources = Map.of(SheetLabels.CENTRAL, "central", SheetLabels.PROVINCIAL, "provincial",
                SheetLabels.CITY_COUNTY, "cityCounty", SheetLabels.SELF_RAISED, "selfRaised", SheetLabels.OTHER,
                "other");
        sources.forEach((label, key) -> {
            for (int[] at : labels.getOrDefault(SheetLabels.normalised(label), List.of())) {
                String block = annualTotal != null && (periodTotal == null
                        || Math.abs(at[1] - annualTotal[1]) < Math.abs(at[1] - periodTotal[1]))
                                ? "funding.annual" : "funding.period";
                amounts.get(block).put(key, amount(block + "." + key, valueRight(at)));
            }
        });
        return new SheetDocument.FundingSection(breakdown(amounts.get("funding.period")),
                breakdown(amounts.get("funding.annual")));
    }

    private static FundingBreakdown breakdown(Map<String, BigDecimal> amounts) {
        return new FundingBreakdown(amounts.get("total"), amounts.get("central"), amounts.get("provincial"),
                amounts.get("cityCounty"), amounts.get("selfRaised"), amounts.get("other"));
    }

    /** A goal: the text under its heading, within the heading's columns (up to the next heading on that row). */
    private String goal(String field, String heading, String nextHeading) {
        int[] at = first(heading);
        if (at == null) {
            return null;
        }
        int row = cells.regionEndRow(at[0], at[1]) + 1;
        int[] next = nextHeading == null ? null : first(nextHeading);
        int last = next != null && next[0] == at[0] && next[1] > at[1] ? next[1] - 1
                : Math.max(cells.regionEndColumn(at[0], at[1]), cells.lastColumn(row));
        fieldCells.put(field, cells.reference(row, at[1]));
        for (int column = at[1]; column <= last; column++) {
            String text = cells.text(row, column);
            if (text != null) {
                fieldCells.put(field, cells.reference(row, column));
                return text;
            }
        }
        return null;
    }

    private SheetDocument.IndicatorsSection indicators() {
        int[] heading = first(SheetLabels.LEVEL3);
        if (heading == null) {
            problems.add(new FieldViolation(cells.sheetName(), Message.of("problem.workbook.indicator-block-missing",
                    String.join(" / ", SheetLabels.INDICATOR_HEADINGS))));
            return null;
        }
        int end = cells.lastRow() + 1;
        for (String label : SIGNOFF_LABELS) {
            for (int[] at : labels.getOrDefault(SheetLabels.normalised(label), List.of())) {
                if (at[0] > heading[0]) {
                    end = Math.min(end, at[0]);
                }
            }
        }
        return new IndicatorBlockReader(cells, fieldCells, problems).read(heading[0], end);
    }

    /** The notes kept below the sign-off, one a row beside the label, down to the next text in the label's column. */
    private List<String> notes() {
        int[] at = first(SheetLabels.NOTES);
        if (at == null) {
            return List.of();
        }
        List<String> notes = new ArrayList<>();
        for (int row = at[0]; row <= cells.lastRow() && (row == at[0] || cells.text(row, at[1]) == null); row++) {
            Value note = valueRight(new int[] {row, at[1]});
            if (note != null && note.text() != null) {
                fieldCells.put("transcriptionNotes[" + notes.size() + "]", note.cell());
                notes.add(note.text());
            }
        }
        return notes;
    }

    private String text(String field, String label) {
        Value value = valueRight(first(label));
        if (value == null) {
            return null;
        }
        fieldCells.put(field, value.cell());
        return value.text();
    }

    private BigDecimal amount(String field, Value value) {
        if (value == null) {
            return null;
        }
        fieldCells.put(field, value.cell());
        if (value.number() != null) {
            return value.number();
        }
        if (value.text() == null) {
            return null;
        }
        String digits = value.text().replaceAll("[,，\\s\\u3000]", "");
        try {
            return new BigDecimal(digits);
        }
        catch (NumberFormatException notANumber) {
            problems.add(new FieldViolation(value.cell(), Message.of("problem.workbook.amount", value.text())));
            return null;
        }
    }

    /**
     * What stands right of a label: its text (and number, for a number cell) and cell; the text is null when the
     * next cell with text is another label. Null when there is no such label.
     */
    private Value valueRight(int[] label) {
        if (label == null) {
            return null;
        }
        int row = label[0];
        int start = cells.regionEndColumn(row, label[1]) + 1;
        for (int column = start; column <= cells.lastColumn(row); column++) {
            String text = cells.text(row, column);
            if (text != null) {
                return SheetLabels.isLabel(text) ? new Value(null, null, cells.reference(row, start))
                        : new Value(text, cells.number(row, column).orElse(null), cells.reference(row, column));
            }
        }
        return new Value(null, null, cells.reference(row, start));
    }

    private int[] first(String label) {
        List<int[]> found = labels.get(SheetLabels.normalised(label));
        return found == null ? null : found.getFirst();
    }

    private record Value(String text, BigDecimal number, String cell) {
    }
}
