package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;

/**
 * The evaluator's grade of an indicator scored by judgement (domain §6), with the band of W it earns, in percent.
 */
public enum QualitativeGrade {

    /** 达成年度指标: [80, 100] percent of W. */
    ACHIEVED("达成年度指标", 80, 100, true),

    /** 部分达成年度指标并具有一定效果: [60, 80) percent of W. */
    PARTIAL("部分达成年度指标并具有一定效果", 60, 80, false),

    /** 未达成年度指标且效果较差: [0, 60) percent of W. */
    NOT_ACHIEVED("未达成年度指标且效果较差", 0, 60, false);

    private final String label;

    private final BigDecimal lower;

    private final BigDecimal upper;

    private final boolean upperInclusive;

    QualitativeGrade(String label, int lower, int upper, boolean upperInclusive) {
        this.label = label;
        this.lower = BigDecimal.valueOf(lower);
        this.upper = BigDecimal.valueOf(upper);
        this.upperInclusive = upperInclusive;
    }

    /** The grade as worded in the central rules. */
    public String label() {
        return this.label;
    }

    /** The lowest percent of the band (inclusive). */
    public BigDecimal lower() {
        return this.lower;
    }

    /** The highest percent of the band (inclusive only for {@link #ACHIEVED}). */
    public BigDecimal upper() {
        return this.upper;
    }

    /** Whether a percent of W lies inside this grade's band. */
    public boolean admits(BigDecimal percent) {
        if (percent == null || percent.compareTo(this.lower) < 0) {
            return false;
        }
        int upperComparison = percent.compareTo(this.upper);
        return this.upperInclusive ? upperComparison <= 0 : upperComparison < 0;
    }

    /** The band in interval notation, for messages: {@code [80, 100]}, {@code [60, 80)}. */
    public String band() {
        return "[" + this.lower.toPlainString() + ", " + this.upper.toPlainString() + (this.upperInclusive ? "]" : ")");
    }

}
