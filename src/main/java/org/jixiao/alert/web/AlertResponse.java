package org.jixiao.alert.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.jixiao.alert.Alert;
import org.jixiao.alert.AlertFacts;
import org.jixiao.alert.AlertKind;
import org.jixiao.alert.AlertState;
import org.jixiao.alert.Severity;
import org.jixiao.system.text.Messages;

/** An alert as the API shows it: its facts' {@code detail} put into the language the request asked for. */
record AlertResponse(long id, AlertKind kind, Severity severity, AlertState state, long projectId,
        String departmentCode, Long indicatorId, Long milestoneId, String period, Facts facts, int fireCount,
        Instant firstFiredAt, Instant firedAt, Alert.Acknowledgement acknowledgement, Instant resolvedAt,
        Instant updatedAt) {

    record Facts(String projectName, String departmentCode, String departmentName, String milestoneTitle,
            LocalDate due, Integer days, String indicatorName, String target, String detail, Long reportId,
            String roundTitle) {
    }

    static AlertResponse of(Alert alert, Locale locale) {
        AlertFacts facts = alert.facts();
        Facts shown = facts == null ? null : new Facts(facts.projectName(), facts.departmentCode(),
                facts.departmentName(), facts.milestoneTitle(), facts.due(), facts.days(), facts.indicatorName(),
                facts.target(), Messages.render(facts.detail(), locale), facts.reportId(), facts.roundTitle());
        return new AlertResponse(alert.id(), alert.kind(), alert.severity(), alert.state(), alert.projectId(),
                alert.departmentCode(), alert.indicatorId(), alert.milestoneId(), alert.period(), shown,
                alert.fireCount(), alert.firstFiredAt(), alert.firedAt(), alert.acknowledgement(),
                alert.resolvedAt(), alert.updatedAt());
    }
}
