package org.jixiao.indicator.grammar;

/**
 * How {@code N月前} is read. Drafters use it both ways, so it is a policy (property
 * {@code jixiao.targets.before-month-reading}) rather than a fixed rule.
 */
public enum BeforeMonthReading {

    /** Default: "before month N begins", due the last day of month N−1 ({@code 1月前} → December 31 of the year before). */
    PREVIOUS_MONTH_END,

    /** "By the end of month N", due the last day of month N. */
    END_OF_MONTH

}
