package org.jixiao.sheet.workbook;

import java.util.List;
import java.util.Map;

import org.jixiao.sheet.SheetDocument;
import org.jixiao.system.error.FieldViolation;

/**
 * One worksheet read as a sheet: the document, where each of its fields came from ({@code project.name} →
 * {@code Sheet2!C3}), and what could not be read at all. A violation found later in the document (by the
 * validator) is moved to the cell it came from with {@link #located}, so that a person can find it.
 */
public record WorksheetReading(String worksheet, SheetDocument document, Map<String, String> cells,
        List<FieldViolation> problems) {

    /** The violation, named by the cell of the field (or of its nearest enclosing field, or the worksheet). */
    public FieldViolation located(FieldViolation violation) {
        String field = violation.field();
        while (!field.isEmpty()) {
            String cell = cells.get(field);
            if (cell != null) {
                return new FieldViolation(cell, violation.text());
            }
            int cut = Math.max(field.lastIndexOf('.'), field.lastIndexOf('['));
            field = cut < 0 ? "" : field.substring(0, cut);
        }
        return new FieldViolation(worksheet, violation.text());
    }

    public List<FieldViolation> located(List<FieldViolation> violations) {
        return violations.stream().map(this::located).toList();
    }
}
