package org.jixiao.workbench;

import java.math.BigDecimal;

import org.jixiao.light.Light;

/**
 * One project as the portfolio shows it: its stored light (as of the last light evaluation), budget execution and
 * time progress (shares from 0 to 1, null when not judged yet), and what needs attention.
 *
 * @param overdueMilestones open milestones whose due date has passed
 * @param openAlerts alerts firing or acknowledged, not yet resolved
 */
public record PortfolioEntry(long projectId, String name, int fiscalYear, String departmentCode,
        String departmentName, Light light, BigDecimal budgetExecution, BigDecimal timeProgress,
        long overdueMilestones, long openAlerts) {
}
