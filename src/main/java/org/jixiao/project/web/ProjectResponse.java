package org.jixiao.project.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jixiao.project.Department;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectWarning;

/** A project with everything its sheet says, and the warnings the import raised. */
public record ProjectResponse(
        long id,
        String name,
        int fiscalYear,
        Department department,
        String implementingUnit,
        String attribute,
        Integer periodYears,
        BigDecimal budgetWan,
        FundingView funding,
        Project.ProjectTexts text,
        Project.Goals goals,
        Project.Signoff signoff,
        List<String> transcriptionNotes,
        List<ProjectWarning> warnings,
        Instant createdAt,
        Instant updatedAt,
        ProjectLinks links) {
}
