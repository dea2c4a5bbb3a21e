package org.jixiao.light;

import java.math.BigDecimal;

/** A project's annual budget and what has been paid against it. */
public record BudgetInput(long projectId, int fiscalYear, BigDecimal annualBudget, BigDecimal paid) {
}
