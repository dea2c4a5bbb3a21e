package org.jixiao.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A budget project as filed on its target sheet for one fiscal year. {@code id}, {@code createdAt} and
 * {@code updatedAt} are null until stored.
 */
public record Project(
        Long id,
        int fiscalYear,
        Department department,
        String name,
        String implementingUnit,
        String attribute,
        Integer periodYears,
        BigDecimal budgetWan,
        Funding periodFunding,
        Funding annualFunding,
        ProjectTexts texts,
        Goals goals,
        Signoff signoff,
        List<String> transcriptionNotes,
        List<ProjectWarning> warnings,
        Instant createdAt,
        Instant updatedAt) {

    public Project {
        transcriptionNotes = List.copyOf(transcriptionNotes);
        warnings = List.copyOf(warnings);
    }

    /** The texts of a sheet: 项目概况, 立项依据, 项目设立必要性, 保证项目实施的制度措施, 项目实施计划. */
    public record ProjectTexts(String overview, String basis, String necessity, String safeguards, String plan) {
    }

    /** 实施期目标 and 年度目标, in prose. */
    public record Goals(String period, String annual) {
    }

    /**
     * 负责人, 经办人, 联系电话, 填报日期. {@code filledAt} is the date as printed, kept whatever it says;
     * {@code filledOn} and {@code filledMonth} are what could be read of it (null when blank or unreadable, and
     * {@code filledOn} null too when only a month is printed).
     */
    public record Signoff(String owner, String handler, String phone, String filledAt, LocalDate filledOn,
            YearMonth filledMonth) {

        /** The sign-off with the printed date read by {@link PrintedDate}. */
        public static Signoff of(String owner, String handler, String phone, String filledAt) {
            Optional<PrintedDate> read = PrintedDate.read(filledAt);
            return new Signoff(owner, handler, phone, filledAt, read.map(PrintedDate::day).orElse(null),
                    read.map(PrintedDate::month).orElse(null));
        }
    }
}
