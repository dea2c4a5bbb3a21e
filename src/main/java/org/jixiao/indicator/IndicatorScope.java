package org.jixiao.indicator;

/** A sheet lists its indicators twice: for the whole period (实施期) and for the year (年度). */
public enum IndicatorScope {
    PERIOD,
    ANNUAL
}
