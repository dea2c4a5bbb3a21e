package org.jixiao.sheet;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.indicator.Indicator;
import org.jixiao.indicator.IndicatorLevels;
import org.jixiao.indicator.IndicatorScope;
import org.jixiao.indicator.TargetReader;
import org.jixiao.indicator.grammar.Target;
import org.jixiao.project.Department;
import org.jixiao.project.Funding;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectWarning;
import org.jixiao.sheet.SheetDocument.FundingBreakdown;
import org.jixiao.sheet.SheetDocument.IndicatorRow;

import org.springframework.stereotype.Component;

/** Turns a validated sheet into a project with its indicators, and back again for export. */
@Component
public class SheetAssembler {

    private final TargetReader targetReader;

    public SheetAssembler(TargetReader targetReader) {
        this.targetReader = targetReader;
    }

    /** The project and indicators a valid new sheet describes, with the warnings the sheet deserves. */
    public AssembledSheet assemble(SheetDocument sheet, List<ProjectWarning> readingWarnings) {
        return assemble(sheet, readingWarnings, null);
    }

    /**
     * The same for a sheet that replaces a stored project's: a sheet printing no department code keeps the stored
     * department when it names the same one or none, so a printed sheet without codes does not move the project.
     */
    public AssembledSheet assemble(SheetDocument sheet, List<ProjectWarning> readingWarnings, Department stored) {
        int fiscalYear = sheet.fiscalYear();
        List<Indicator> indicators = new ArrayList<>();
        if (sheet.indicators() != null) {
            addIndicators(IndicatorScope.PERIOD, sheet.indicators().period(), fiscalYear, indicators);
            addIndicators(IndicatorScope.ANNUAL, sheet.indicators().annual(), fiscalYear, indicators);
        }
        SheetDocument.ProjectSection section = sheet.project();
        Project draft = new Project(null, fiscalYear,
                department(section.department(), stored),
                section.name().strip(), section.implementingUnit(), section.attribute(), section.periodYears(),
                section.budgetWan(),
                funding(sheet.funding() == null ? null : sheet.funding().period()),
                funding(sheet.funding() == null ? null : sheet.funding().annual()),
                sheet.text() == null ? new Project.ProjectTexts(null, null, null, null, null)
                        : new Project.ProjectTexts(sheet.text().overview(), sheet.text().basis(),
                                sheet.text().necessity(), sheet.text().safeguards(), sheet.text().plan()),
                sheet.goals() == null ? new Project.Goals(null, null)
                        : new Project.Goals(sheet.goals().period(), sheet.goals().annual()),
                sheet.signoff() == null ? Project.Signoff.of(null, null, null, null)
                        : Project.Signoff.of(sheet.signoff().owner(), sheet.signoff().handler(),
                                sheet.signoff().phone(), sheet.signoff().filledAt()),
                sheet.transcriptionNotes() == null ? List.of() : sheet.transcriptionNotes(),
                List.of(), null, null);
        List<ProjectWarning> warnings = new ArrayList<>(readingWarnings);
        warnings.addAll(SheetConsistency.warnings(draft, indicators));
        Project project = new Project(null, draft.fiscalYear(), draft.department(), draft.name(),
                draft.implementingUnit(), draft.attribute(), draft.periodYears(), draft.budgetWan(),
                draft.periodFunding(), draft.annualFunding(), draft.texts(), draft.goals(), draft.signoff(),
                draft.transcriptionNotes(), warnings, null, null);
        return new AssembledSheet(project, indicators);
    }

    /** The sheet of a stored project, in the interchange format, with the current (adjusted) targets. */
    public SheetDocument export(Project project, List<Indicator> indicators) {
        return new SheetDocument(project.fiscalYear(),
                new SheetDocument.ProjectSection(project.name(),
                        new SheetDocument.DepartmentSection(project.department().code(), project.department().name()),
                        project.implementingUnit(), project.attribute(), project.periodYears(),
                        project.budgetWan()),
                new SheetDocument.FundingSection(breakdown(project.periodFunding()),
                        breakdown(project.annualFunding())),
                new SheetDocument.TextSection(project.texts().overview(), project.texts().basis(),
                        project.texts().necessity(), project.texts().safeguards(), project.texts().plan()),
                new SheetDocument.GoalsSection(project.goals().period(), project.goals().annual()),
                new SheetDocument.IndicatorsSection(rows(indicators, IndicatorScope.PERIOD),
                        rows(indicators, IndicatorScope.ANNUAL)),
                new SheetDocument.SignoffSection(project.signoff().owner(), project.signoff().handler(),
                        project.signoff().phone(), project.signoff().filledAt()),
                project.transcriptionNotes());
    }

    /**
     * The department as printed; a name alone gets a derived code and no department at all the unassigned one
     * (SheetConsistency warns of both).
     */
    private static Department department(SheetDocument.DepartmentSection section, Department stored) {
        String code = section == null ? null : stripped(section.code());
        String name = section == null ? null : stripped(section.name());
        if (code != null) {
            return new Department(code, name);
        }
        if (stored != null && (name == null || stored.hasName(name))) {
            return stored;
        }
        return name == null ? Department.UNASSIGNED : Department.named(name);
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void addIndicators(IndicatorScope scope, List<IndicatorRow> rows, int fiscalYear,
            List<Indicator> indicators) {
        if (rows == null) {
            return;
        }
        for (int position = 0; position < rows.size(); position++) {
            IndicatorRow row = rows.get(position);
            Target target = targetReader.read(row.target(), fiscalYear, row.level2(), row.level3());
            String level1 = IndicatorLevels.canonicalLevel1(row.level1()).orElseThrow();
            indicators.add(new Indicator(null, null, scope, position, level1, row.level2().strip(),
                    row.level3().strip(), target, row.target()));
        }
    }

    private static List<IndicatorRow> rows(List<Indicator> indicators, IndicatorScope scope) {
        return indicators.stream()
                .filter(indicator -> indicator.scope() == scope)
                .map(indicator -> new IndicatorRow(indicator.level1(), indicator.level2(), indicator.level3(),
                        indicator.target().text()))
                .toList();
    }

    private static Funding funding(FundingBreakdown breakdown) {
        return breakdown == null ? Funding.BLANK
                : new Funding(breakdown.total(), breakdown.central(), breakdown.provincial(), breakdown.cityCounty(),
                        breakdown.selfRaised(), breakdown.other());
    }

    private static FundingBreakdown breakdown(Funding funding) {
        return new FundingBreakdown(funding.total(), funding.central(), funding.provincial(), funding.cityCounty(),
                funding.selfRaised(), funding.other());
    }

    /** A sheet as the domain sees it. */
    public record AssembledSheet(Project project, List<Indicator> indicators) {
    }
}
