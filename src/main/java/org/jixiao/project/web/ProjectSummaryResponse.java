package org.jixiao.project.web;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.project.Department;
import org.jixiao.project.ProjectWarning;

/** A project in a list: identity, funding and warnings, without the long texts. */
public record ProjectSummaryResponse(
        long id,
        String name,
        int fiscalYear,
        Department department,
        String implementingUnit,
        String attribute,
        Integer periodYears,
        BigDecimal budgetWan,
        FundingView funding,
        List<ProjectWarning> warnings,
        ProjectLinks links) {
}
