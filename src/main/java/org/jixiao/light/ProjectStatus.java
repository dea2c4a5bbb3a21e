package org.jixiao.light;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jixiao.system.text.Message;

/**
 * A project's light and why: its budget execution against time progress, and each annual indicator's light.
 *
 * Reasons are messages, put into the reader's language where they are shown (the status API, the stored rows).
 *
 * @param reasons the reasons behind every light that is not green, budget first
 */
public record ProjectStatus(long projectId, LocalDate asOf, Light light, Message reason, Light budgetLight,
        BigDecimal budgetExecution, BigDecimal timeProgress, BigDecimal paid, BigDecimal annualBudget,
        List<IndicatorStatus> indicators, List<Message> reasons) {

    /** One indicator's light, with the actual it was judged from. */
    public record IndicatorStatus(long indicatorId, String level1, String level2, String level3, String target,
            BigDecimal actual, Light light, Message reason) {
    }
}
