package org.jixiao.workbench;

import java.util.List;

import org.jixiao.project.Department;

/** What the portfolio's filters offer: the fiscal years and departments among the projects the caller may see. */
public record PortfolioChoices(List<Integer> fiscalYears, List<Department> departments) {
}
