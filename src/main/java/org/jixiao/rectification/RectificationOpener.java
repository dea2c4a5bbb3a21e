package org.jixiao.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.audit.AuditLog;
import org.jixiao.project.Project;
import org.jixiao.round.Report;
import org.jixiao.round.ReportApprovalListener;
import org.jixiao.round.Round;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Opens rectification items, each audited, inside the caller's transaction. An approved monitoring report opens
 * its own ({@link #fromMonitoringApproval}), an approved self-evaluation graded 中 or 差 its own
 * ({@link #fromSelfEvaluationApproval}); other rules build their drafts and call {@link #open}. Opening is idempotent per report and indicator, so approving a report again after a reopening
 * adds no duplicates.
 */
@Component
public class RectificationOpener implements ReportApprovalListener {

    private final RectificationRepository rectifications;
    private final AuditLog audit;
    private final Clock clock;

    public RectificationOpener(RectificationRepository rectifications, AuditLog audit, Clock clock) {
        this.rectifications = rectifications;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Mono<Void> approved(Report report, Round round, Project project, String actor) {
        return switch (round.kind()) {
            case MONITORING -> fromMonitoringApproval(report, round, project, actor).then();
            case SELF_EVALUATION -> fromSelfEvaluationApproval(report, round, project, actor).then();
        };
    }

    /** One item per indicator the approved report judged 完全不可能; answers the ids of the items opened now. */
    public Flux<Long> fromMonitoringApproval(Report report, Round round, Project project, String actor) {
        String who = RectificationRules.who(project.implementingUnit(), project.department().name());
        return open(actor, RectificationRules.fromMonitoring(project.id(), report.id(), report.snapshot(), who,
                round.fiscalYear(), LocalDate.now(clock)));
    }

    /** For a self-evaluation graded 中 or 差, one item per indicator scored below its points. */
    public Flux<Long> fromSelfEvaluationApproval(Report report, Round round, Project project, String actor) {
        String who = RectificationRules.who(project.implementingUnit(), project.department().name());
        return open(actor, RectificationRules.fromSelfEvaluation(project.id(), report.id(),
                report.selfEvaluationSnapshot(), who, round.fiscalYear(), LocalDate.now(clock)));
    }

    /**
     * Opens the drafts that are not open yet (one item per report and indicator) and records each in the audit log;
     * must run in the caller's transaction. Answers the ids of the items opened.
     */
    public Flux<Long> open(String actor, List<RectificationDraft> drafts) {
        return rectifications.open(drafts, actor, clock.instant()).collectList()
                .flatMapMany(ids -> ids.isEmpty() ? Flux.empty()
                        : rectifications.findByIds(ids, LocalDate.now(clock)))
                .concatMap(opened -> audit.record(actor, "open", "rectification", opened.id(), null,
                        summary(opened)).thenReturn(opened.id()));
    }

    static Map<String, Object> summary(Rectification item) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("project", item.projectId());
        summary.put("report", item.reportId());
        summary.put("indicator", item.indicatorId());
        summary.put("what", item.what());
        summary.put("who", item.who());
        summary.put("due", item.due());
        summary.put("state", item.state());
        summary.put("closedNote", item.closedNote());
        summary.put("version", item.version());
        return summary;
    }
}
