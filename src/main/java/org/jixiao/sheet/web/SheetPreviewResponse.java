package org.jixiao.sheet.web;

import java.util.List;

import org.jixiao.indicator.IndicatorScope;
import org.jixiao.indicator.grammar.Target;
import org.jixiao.project.ProjectWarning;

/**
 * What an import would store, sheet by sheet; nothing was stored. {@code importable} is true when no sheet has a
 * problem: then the same upload to {@code POST /api/v1/sheets} stores every sheet.
 */
record SheetPreviewResponse(boolean importable, List<Sheet> sheets) {

    /**
     * One worksheet (null for a JSON sheet): the project as read, its indicators with how each target reads (when
     * the sheet is valid), the warnings it would be stored with, and the problems that would refuse it.
     */
    record Sheet(String worksheet, Integer fiscalYear, String projectName, String departmentCode,
            Long existingProject, List<Indicator> indicators, List<ProjectWarning> warnings,
            List<Problem> problems) {
    }

    record Indicator(IndicatorScope scope, int position, String level1, String level2, String level3,
            Target target) {
    }

    /** Where (a worksheet cell such as {@code Sheet2!D17}, or a JSON field) and what is wrong. */
    record Problem(String field, String message) {
    }
}
