package org.jixiao.evaluation;

import java.time.LocalDate;

import org.jixiao.system.error.Violations;
import org.jixiao.system.text.Message;

/**
 * When an evaluation may be finalized without a word of explanation: once its fiscal year (the calendar year) is
 * over. Finalizing earlier freezes the figures of an unfinished year, so it needs a reason, which is recorded.
 */
final class FinalizationRule {

    static final int MAX_REASON_LENGTH = 2_000;

    private FinalizationRule() {
    }

    /** Whether the fiscal year is over on {@code today}: from January 1 of the next year. */
    static boolean yearIsOver(int fiscalYear, LocalDate today) {
        return today.isAfter(lastDay(fiscalYear));
    }

    /**
     * The reason to record for finalizing on {@code today}: stripped, or {@code null} when none is given once the year
     * is over. Refuses (422, field {@code reason}) a missing reason before the year is over and one that is too long.
     */
    static String reason(int fiscalYear, LocalDate today, String reason) {
        Violations violations = new Violations();
        boolean given = reason != null && !reason.isBlank();
        if (!given && !yearIsOver(fiscalYear, today)) {
            violations.add("reason", Message.of("problem.evaluation.early-final", fiscalYear, lastDay(fiscalYear)));
        }
        violations.optionalText("reason", reason, MAX_REASON_LENGTH);
        violations.throwIfAny();
        return given ? reason.strip() : null;
    }

    private static LocalDate lastDay(int fiscalYear) {
        return LocalDate.of(fiscalYear, 12, 31);
    }
}
