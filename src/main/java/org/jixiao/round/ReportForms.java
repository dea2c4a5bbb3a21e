package org.jixiao.round;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jixiao.indicator.grammar.Target;
import org.jixiao.light.ProjectStatus;
import org.jixiao.project.Project;
import org.jixiao.system.text.Message;
import org.jixiao.system.text.Messages;

/** Puts the monitoring form together from the project's status, targets, evidence and what the owner filled in. */
final class ReportForms {

    private ReportForms() {
    }

    static ReportForm compose(Round round, Project project, Report report, ProjectStatus status,
            Map<Long, Target> targets, Map<Long, ReportEntry> entries, Map<Long, RoundRepository.Evidence> evidence,
            LocalDate today, ZoneId zone) {
        ReportForm.Funds funds = new ReportForm.Funds(status.annualBudget(), status.paid(), status.budgetExecution(),
                status.timeProgress(), status.budgetLight(), budgetReason(status), report.fundsProjected());
        ReportForm.Goal goal = new ReportForm.Goal(project.goals() == null ? null : project.goals().annual(),
                report.progress());
        List<ReportForm.Line> lines = status.indicators().stream().map(indicator -> {
            ReportEntry entry = entries.get(indicator.indicatorId());
            RoundRepository.Evidence proof = evidence.get(indicator.indicatorId());
            var prefill = Projection.projected(targets.get(indicator.indicatorId()), indicator.actual(),
                    round.periodTo(), round.fiscalYear());
            return new ReportForm.Line(indicator.indicatorId(), indicator.level1(), indicator.level2(),
                    indicator.level3(), indicator.target(), indicator.actual(),
                    proof == null || proof.observedAt() == null ? null : proof.observedAt().atZone(zone).toLocalDate(),
                    proof == null ? null : proof.url(), proof == null ? null : proof.note(), indicator.light(),
                    Messages.render(indicator.reason(), Messages.CHINESE), prefill,
                    entry != null && entry.projected() != null ? entry.projected() : prefill,
                    entry == null ? null : entry.likelihood(), entry == null ? List.of() : entry.causes(),
                    entry == null ? null : entry.causeText(), entry == null ? null : entry.measure());
        }).toList();
        return new ReportForm(today, periodLabel(round.periodFrom(), round.periodTo()), funds, goal, lines);
    }

    /** The period as column heads print it: 1-7月; a period across years names the years. */
    static String periodLabel(LocalDate from, LocalDate to) {
        if (from.getYear() != to.getYear()) {
            return from.getYear() + "年" + from.getMonthValue() + "月-" + to.getYear() + "年" + to.getMonthValue() + "月";
        }
        return from.getMonthValue() == to.getMonthValue() ? to.getMonthValue() + "月"
                : from.getMonthValue() + "-" + to.getMonthValue() + "月";
    }

    /** The form is the official (Chinese) table, so its figures' reasons are written in Chinese. */
    private static String budgetReason(ProjectStatus status) {
        return status.reasons().stream().filter(reason -> reason.key().equals("status.reason.budget")).findFirst()
                .map(reason -> Messages.render((Message) reason.args().getFirst(), Messages.CHINESE)).orElse(null);
    }
}
