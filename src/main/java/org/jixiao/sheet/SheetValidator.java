package org.jixiao.sheet;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.indicator.IndicatorLevels;
import org.jixiao.sheet.SheetDocument.FundingBreakdown;
import org.jixiao.sheet.SheetDocument.IndicatorRow;
import org.jixiao.system.Decimals;
import org.jixiao.system.error.FieldViolation;
import org.jixiao.system.error.Violations;
import org.jixiao.system.text.Message;

/**
 * What a sheet must satisfy to be stored. Real sheets are messy, so little is required: a fiscal year, a project
 * name, known level-1 names and the three level names of every indicator (not even a department, nor a readable
 * sign-off date). Everything else is bounded (lengths, money) so that a typo or an attack cannot store absurd data.
 * Returns every violation at once.
 */
public final class SheetValidator {

    public static final int MIN_FISCAL_YEAR = 2000;
    public static final int MAX_FISCAL_YEAR = 2100;
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_CODE_LENGTH = 32;
    public static final int MAX_SHORT_TEXT_LENGTH = 200;
    public static final int MAX_LEVEL_NAME_LENGTH = 100;
    public static final int MAX_INDICATOR_NAME_LENGTH = 500;
    public static final int MAX_TARGET_LENGTH = 500;
    public static final int MAX_LONG_TEXT_LENGTH = 20_000;
    public static final int MAX_INDICATORS_PER_SCOPE = 500;
    public static final int MAX_NOTES = 200;
    public static final int MAX_PERIOD_YEARS = 99;
    public static final BigDecimal MAX_AMOUNT_YUAN = Decimals.MAX_YUAN;
    public static final BigDecimal MAX_BUDGET_WAN = MAX_AMOUNT_YUAN.movePointLeft(4);

    private final Violations violations = new Violations();

    private SheetValidator() {
    }

    public static List<FieldViolation> validate(SheetDocument sheet) {
        SheetValidator validator = new SheetValidator();
        validator.check(sheet);
        return validator.violations.list();
    }

    private void check(SheetDocument sheet) {
        if (sheet.fiscalYear() == null) {
            violation("fiscalYear", Violations.required());
        }
        else if (sheet.fiscalYear() < MIN_FISCAL_YEAR || sheet.fiscalYear() > MAX_FISCAL_YEAR) {
            violation("fiscalYear", Message.of("problem.field.between", MIN_FISCAL_YEAR, MAX_FISCAL_YEAR));
        }
        checkProject(sheet.project());
        if (sheet.funding() != null) {
            checkFunding("funding.period", sheet.funding().period());
            checkFunding("funding.annual", sheet.funding().annual());
        }
        if (sheet.text() != null) {
            longText("text.overview", sheet.text().overview());
            longText("text.basis", sheet.text().basis());
            longText("text.necessity", sheet.text().necessity());
            longText("text.safeguards", sheet.text().safeguards());
            longText("text.plan", sheet.text().plan());
        }
        if (sheet.goals() != null) {
            longText("goals.period", sheet.goals().period());
            longText("goals.annual", sheet.goals().annual());
        }
        if (sheet.indicators() != null) {
            checkIndicators("indicators.period", sheet.indicators().period());
            checkIndicators("indicators.annual", sheet.indicators().annual());
        }
        if (sheet.signoff() != null) {
            violations.optionalText("signoff.owner", sheet.signoff().owner(), MAX_SHORT_TEXT_LENGTH);
            violations.optionalText("signoff.handler", sheet.signoff().handler(), MAX_SHORT_TEXT_LENGTH);
            violations.optionalText("signoff.phone", sheet.signoff().phone(), MAX_CODE_LENGTH * 2);
            // Any text is accepted as the date: it is kept as printed and read if it can be.
            violations.optionalText("signoff.filledAt", sheet.signoff().filledAt(), MAX_CODE_LENGTH * 2);
        }
        checkNotes(sheet.transcriptionNotes());
    }

    private void checkProject(SheetDocument.ProjectSection project) {
        if (project == null) {
            violation("project", Violations.required());
            return;
        }
        requiredText("project.name", project.name(), MAX_NAME_LENGTH);
        checkDepartment(project.department());
        violations.optionalText("project.implementingUnit", project.implementingUnit(), MAX_NAME_LENGTH);
        violations.optionalText("project.attribute", project.attribute(), MAX_SHORT_TEXT_LENGTH);
        if (project.periodYears() != null && (project.periodYears() < 1 || project.periodYears() > MAX_PERIOD_YEARS)) {
            violation("project.periodYears", Message.of("problem.sheet.period-years", MAX_PERIOD_YEARS));
        }
        amount("project.budgetWan", project.budgetWan(), MAX_BUDGET_WAN, 6);
    }

    /**
     * A department may be missing or named without a code (the sheet then goes under a derived code or the
     * unassigned department); a code without a name is not something a printed sheet has, and is refused.
     */
    private void checkDepartment(SheetDocument.DepartmentSection department) {
        if (department == null) {
            return;
        }
        boolean coded = department.code() != null && !department.code().isBlank();
        violations.optionalText("project.department.code", department.code(), MAX_CODE_LENGTH);
        if (coded) {
            requiredText("project.department.name", department.name(), MAX_NAME_LENGTH);
        }
        else {
            violations.optionalText("project.department.name", department.name(), MAX_NAME_LENGTH);
        }
    }

    private void checkFunding(String field, FundingBreakdown funding) {
        if (funding == null) {
            return;
        }
        amount(field + ".total", funding.total(), MAX_AMOUNT_YUAN, 2);
        amount(field + ".central", funding.central(), MAX_AMOUNT_YUAN, 2);
        amount(field + ".provincial", funding.provincial(), MAX_AMOUNT_YUAN, 2);
        amount(field + ".cityCounty", funding.cityCounty(), MAX_AMOUNT_YUAN, 2);
        amount(field + ".selfRaised", funding.selfRaised(), MAX_AMOUNT_YUAN, 2);
        amount(field + ".other", funding.other(), MAX_AMOUNT_YUAN, 2);
    }

    private void checkIndicators(String field, List<IndicatorRow> rows) {
        if (rows == null) {
            return;
        }
        if (rows.size() > MAX_INDICATORS_PER_SCOPE) {
            violation(field, Message.of("problem.sheet.too-many-rows", rows.size(), MAX_INDICATORS_PER_SCOPE));
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            String rowField = field + "[" + i + "]";
            IndicatorRow row = rows.get(i);
            if (row == null) {
                violation(rowField, Message.of("problem.sheet.row-null"));
                continue;
            }
            if (requiredText(rowField + ".level1", row.level1(), MAX_LEVEL_NAME_LENGTH)
                    && IndicatorLevels.canonicalLevel1(row.level1()).isEmpty()) {
                violation(rowField + ".level1", Message.of("problem.sheet.level1", row.level1(),
                        String.join(", ", IndicatorLevels.level1Names())));
            }
            requiredText(rowField + ".level2", row.level2(), MAX_LEVEL_NAME_LENGTH);
            requiredText(rowField + ".level3", row.level3(), MAX_INDICATOR_NAME_LENGTH);
            violations.optionalText(rowField + ".target", row.target(), MAX_TARGET_LENGTH);
        }
    }

    private void checkNotes(List<String> notes) {
        if (notes == null) {
            return;
        }
        if (notes.size() > MAX_NOTES) {
            violation("transcriptionNotes", Message.of("problem.sheet.too-many-notes", notes.size(), MAX_NOTES));
            return;
        }
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i) == null) {
                violation("transcriptionNotes[" + i + "]", Message.of("problem.field.string-not-null"));
            }
            else {
                longText("transcriptionNotes[" + i + "]", notes.get(i));
            }
        }
    }

    private boolean requiredText(String field, String value, int maxLength) {
        return violations.requiredText(field, value, maxLength);
    }

    private void longText(String field, String value) {
        violations.optionalText(field, value, MAX_LONG_TEXT_LENGTH);
    }

    private void amount(String field, BigDecimal value, BigDecimal max, int maxScale) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            violation(field, Message.of("problem.field.negative", value.toPlainString()));
        }
        else if (value.compareTo(max) > 0) {
            violation(field, Message.of("problem.field.too-large", value.toPlainString(),
                    max.stripTrailingZeros().toPlainString()));
        }
        else if (value.stripTrailingZeros().scale() > maxScale) {
            violation(field, Message.of("problem.field.decimals", maxScale));
        }
    }

    private void violation(String field, Message text) {
        violations.add(field, text);
    }
}
