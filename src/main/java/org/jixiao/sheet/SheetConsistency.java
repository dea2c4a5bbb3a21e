package org.jixiao.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.jixiao.indicator.Indicator;
import org.jixiao.indicator.IndicatorLevels;
import org.jixiao.indicator.IndicatorScope;
import org.jixiao.indicator.grammar.Target;
import org.jixiao.indicator.grammar.TargetKind;
import org.jixiao.project.Department;
import org.jixiao.project.Funding;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectWarning;

/**
 * What a stored sheet gets flagged for. Public sheets contradict themselves (sources that do not add up to the
 * total, a budget table that disagrees with the sheet): they are stored as filed and the contradiction is reported,
 * never silently fixed.
 */
public final class SheetConsistency {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private SheetConsistency() {
    }

    public static List<ProjectWarning> warnings(Project project, List<Indicator> indicators) {
        List<ProjectWarning> warnings = new ArrayList<>();
        departmentWarning(project.department(), warnings);
        fundingAddsUp("funding.period", project.periodFunding(), warnings);
        fundingAddsUp("funding.annual", project.annualFunding(), warnings);
        BigDecimal periodTotal = project.periodFunding().total();
        BigDecimal annualTotal = project.annualFunding().total();
        if (periodTotal != null && annualTotal != null && annualTotal.compareTo(periodTotal) > 0) {
            warnings.add(new ProjectWarning("ANNUAL_EXCEEDS_PERIOD", "funding.annual.total",
                    "the annual total " + plain(annualTotal) + " yuan exceeds the period total " + plain(periodTotal)
                            + " yuan"));
        }
        if (project.budgetWan() != null && annualTotal != null
                && project.budgetWan().multiply(TEN_THOUSAND).compareTo(annualTotal) != 0) {
            warnings.add(new ProjectWarning("BUDGET_DIFFERS_FROM_ANNUAL_FUNDING", "project.budgetWan",
                    "the budget table's " + plain(project.budgetWan()) + " 万元 differs from the annual total "
                            + plain(annualTotal) + " yuan"));
        }
        if (indicators.stream().noneMatch(indicator -> indicator.scope() == IndicatorScope.ANNUAL)) {
            warnings.add(new ProjectWarning("NO_ANNUAL_INDICATORS", "indicators.annual",
                    "the sheet has no annual indicators: nothing can be monitored or scored"));
        }
        for (Indicator indicator : indicators) {
            indicatorWarnings(indicator, warnings);
        }
        Project.Signoff signoff = project.signoff();
        if (signoff.filledAt() != null && !signoff.filledAt().isBlank() && signoff.filledMonth() == null) {
            warnings.add(new ProjectWarning("SIGNOFF_DATE_UNREAD", "signoff.filledAt",
                    "'" + signoff.filledAt() + "' could not be read as a date; it is kept as printed"));
        }
        return warnings;
    }

    /** Warned from the stored code, so that a re-imported export is warned of like the sheet it came from. */
    private static void departmentWarning(Department department, List<ProjectWarning> warnings) {
        if (department.unassigned()) {
            warnings.add(new ProjectWarning("DEPARTMENT_MISSING", "project.department",
                    "the sheet names no department: it is filed under '" + department.code() + "'"));
        }
        else if (department.codeDerived()) {
            warnings.add(new ProjectWarning("DEPARTMENT_CODE_DERIVED", "project.department.code",
                    "the sheet prints no department code: '" + department.code() + "' was derived from the name '"
                            + department.name() + "'"));
        }
    }

    private static void fundingAddsUp(String field, Funding funding, List<ProjectWarning> warnings) {
        if (funding.total() == null) {
            return;
        }
        List<BigDecimal> sources = Stream.of(funding.central(), funding.provincial(), funding.cityCounty(),
                funding.selfRaised(), funding.other()).filter(Objects::nonNull).toList();
        if (sources.isEmpty()) {
            return;
        }
        BigDecimal sum = sources.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(funding.total()) != 0) {
            warnings.add(new ProjectWarning("FUNDING_SOURCES_DO_NOT_ADD_UP", field,
                    "the sources add up to " + plain(sum) + " yuan but the total is " + plain(funding.total())
                            + " yuan"));
        }
    }

    private static void indicatorWarnings(Indicator indicator, List<ProjectWarning> warnings) {
        String field = "indicators." + indicator.scope().name().toLowerCase(Locale.ROOT) + "["
                + indicator.position() + "]";
        if (!IndicatorLevels.isLevel2Of(indicator.level1(), indicator.level2())) {
            String message = IndicatorLevels.isKnownLevel2(indicator.level2())
                    ? "'" + indicator.level2() + "' is not a level-2 name under " + indicator.level1()
                    : "'" + indicator.level2() + "' is not one of the scheme's level-2 names";
            warnings.add(new ProjectWarning("UNUSUAL_LEVEL2", field + ".level2", message));
        }
        Target target = indicator.target();
        if (target.kind() == TargetKind.MISSING) {
            warnings.add(new ProjectWarning("TARGET_MISSING", field + ".target",
                    "'" + indicator.level3() + "' has no target value"));
        }
        else if (target.kind() == TargetKind.UNPARSED) {
            warnings.add(new ProjectWarning("TARGET_UNPARSED", field + ".target",
                    "'" + target.text() + "' could not be read; it is kept as text and needs a person to fix it"));
        }
        else if (target.suspect()) {
            warnings.add(new ProjectWarning("TARGET_SUSPECT", field + ".target",
                    "'" + target.text() + "' was read through noise (" + String.join("; ", target.readingNotes())
                            + "); please confirm"));
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
