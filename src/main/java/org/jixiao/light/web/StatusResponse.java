package org.jixiao.light.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jixiao.light.Light;
import org.jixiao.light.ProjectStatus;
import org.jixiao.system.text.Messages;

/** A project's status as the API shows it: the reasons in the language the request asked for. */
record StatusResponse(long projectId, LocalDate asOf, Light light, String reason, Light budgetLight,
        BigDecimal budgetExecution, BigDecimal timeProgress, BigDecimal paid, BigDecimal annualBudget,
        List<IndicatorResponse> indicators, List<String> reasons) {

    record IndicatorResponse(long indicatorId, String level1, String level2, String level3, String target,
            BigDecimal actual, Light light, String reason) {
    }

    static StatusResponse of(ProjectStatus status, Locale locale) {
        return new StatusResponse(status.projectId(), status.asOf(), status.light(),
                Messages.render(status.reason(), locale), status.budgetLight(), status.budgetExecution(),
                status.timeProgress(), status.paid(), status.annualBudget(),
                status.indicators().stream().map(indicator -> new IndicatorResponse(indicator.indicatorId(),
                        indicator.level1(), indicator.level2(), indicator.level3(), indicator.target(),
                        indicator.actual(), indicator.light(), Messages.render(indicator.reason(), locale)))
                        .toList(),
                status.reasons().stream().map(reason -> Messages.render(reason, locale)).toList());
    }
}
