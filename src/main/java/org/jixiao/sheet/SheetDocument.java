package org.jixiao.sheet;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A performance target sheet in the JSON interchange format (docs/api.md, docs/sheet-format.md): keys in English,
 * values as printed. Every field may be null in what arrives; {@link SheetValidator} decides what is required.
 */
public record SheetDocument(
        Integer fiscalYear,
        ProjectSection project,
        FundingSection funding,
        TextSection text,
        GoalsSection goals,
        IndicatorsSection indicators,
        SignoffSection signoff,
        List<String> transcriptionNotes) {

    public record ProjectSection(String name, DepartmentSection department, String implementingUnit,
            String attribute, Integer periodYears, BigDecimal budgetWan) {
    }

    /** Code and name; either may be missing (docs/sheet-format.md#department). A bare string is the name. */
    public record DepartmentSection(String code, String name) {

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static DepartmentSection named(String name) {
            return new DepartmentSection(null, name);
        }
    }

    public record FundingSection(FundingBreakdown period, FundingBreakdown annual) {
    }

    /** Amounts in yuan by source: 中央, 省级, 市县(区), 单位自筹, 其他. */
    public record FundingBreakdown(BigDecimal total, BigDecimal central, BigDecimal provincial, BigDecimal cityCounty,
            BigDecimal selfRaised, BigDecimal other) {
    }

    public record TextSection(String overview, String basis, String necessity, String safeguards, String plan) {
    }

    public record GoalsSection(String period, String annual) {
    }

    public record IndicatorsSection(List<IndicatorRow> period, List<IndicatorRow> annual) {
    }

    /** One level-3 row: its three level names and the target (指标值) verbatim. */
    public record IndicatorRow(String level1, String level2, String level3, String target) {
    }

    /** {@code filledAt} is the date as printed, in any form (docs/sheet-format.md#sign-off). */
    public record SignoffSection(String owner, String handler, String phone, String filledAt) {
    }
}
