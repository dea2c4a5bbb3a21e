package org.jixiao.alert;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.jixiao.light.RulePack;
import org.jixiao.milestone.MilestoneState;
import org.jixiao.source.MissingMeasurements;
import org.jixiao.system.database.Timestamps;
import org.jixiao.system.text.Message;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Every cause for an alert as the stored state shows it today: one statement per kind, over all projects. Milestone
 * causes are judged by date (not by the sweep's last state), so a sweep that has not run yet today cannot hold back
 * an overdue alert. Report causes are judged by their round's due date in the same way, whatever the year. The
 * other kinds look at the current fiscal year only: last year's lights are history.
 */
@Component
class AlertConditions {

    /**
     * How many days an approval stays news: the alerts only know causes that last, so {@link AlertKind#REPORT_APPROVED}
     * fires when the report is approved and resolves, silently, this many days later (or when it is reopened).
     */
    static final int APPROVAL_NEWS_DAYS = 7;

    private final DatabaseClient db;
    private final MissingMeasurements missing;
    private final RulePack pack;
    private final Clock clock;
    private final JsonMapper json;

    AlertConditions(DatabaseClient db, MissingMeasurements missing, RulePack pack, Clock clock, JsonMapper json) {
        this.db = db;
        this.missing = missing;
        this.pack = pack;
        this.clock = clock;
        this.json = json;
    }

    /** Every cause seen today in the given projects, or in all of them when {@code projectIds} is {@code null}. */
    Mono<List<AlertCondition>> current(Collection<Long> projectIds) {
        LocalDate today = LocalDate.now(clock);
        Scope scope = new Scope(projectIds == null, projectIds == null ? new Long[0] : projectIds.toArray(Long[]::new));
        return Flux.concat(milestones(today, scope), offTargetIndicators(today, scope), laggingBudgets(today, scope),
                        quietFeeds(today, scope), unreadableTargets(today, scope), reports(today, scope))
                .collectList();
    }

    /** Which projects a statement looks at: every one, or those listed. */
    private record Scope(boolean all, Long[] projects) {

        static final String CONDITION = " and (:all or p.id = any(:projects::bigint[]))";

        DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec) {
            return spec.bind("all", all).bind("projects", projects);
        }
    }

    private Flux<AlertCondition> milestones(LocalDate today, Scope scope) {
        return scope.bind(db.sql("""
                select m.id, m.project_id, m.indicator_id, m.title, m.due,
                       p.name, p.department_code, p.department_name
                  from milestone m join project p on p.id = m.project_id
                 where m.state in (%s) and m.due <= :horizon""".formatted(MilestoneState.openAsSqlList())
                + Scope.CONDITION))
                .bind("horizon", today.plusDays(pack.dueSoonDays()))
                .map(row -> {
                    LocalDate due = row.get("due", LocalDate.class);
                    boolean overdue = today.isAfter(due);
                    int days = (int) Math.abs(ChronoUnit.DAYS.between(today, due));
                    AlertFacts facts = new AlertFacts(row.get("name", String.class),
                            row.get("department_code", String.class), row.get("department_name", String.class),
                            row.get("title", String.class), due, days, null, null, null);
                    return new AlertCondition(overdue ? AlertKind.MILESTONE_OVERDUE : AlertKind.MILESTONE_DUE_SOON,
                            row.get("project_id", Long.class), facts.departmentCode(),
                            row.get("indicator_id", Long.class), row.get("id", Long.class), due.toString(), facts);
                })
                .all();
    }

    /**
     * A round's due date is a milestone of each of its reports: one not handed in (a draft, or returned) is due soon
     * within the milestones' window and overdue after it. A returned one tells its owner until it is handed in again
     * (saving it makes it a draft again, with the reviewer's comments kept); an approved one tells them too, for
     * {@link #APPROVAL_NEWS_DAYS} days. A report returned near its due date has two alerts: both are true.
     */
    private Flux<AlertCondition> reports(LocalDate today, Scope scope) {
        return scope.bind(db.sql("""
                select r.id, r.project_id, r.state, r.return_comment, rr.title as round_title, rr.due,
                       (r.return_comment is not null or r.return_fields is not null) as returned,
                       p.name, p.department_code, p.department_name
                  from report r join report_round rr on rr.id = r.round_id
                  join project p on p.id = r.project_id
                 where ((r.state in ('DRAFT', 'RETURNED')
                         and (rr.due <= :horizon or r.return_comment is not null or r.return_fields is not null))
                        or (r.state = 'APPROVED' and r.reviewed_at >= :approvedSince))""" + Scope.CONDITION))
                .bind("horizon", today.plusDays(pack.dueSoonDays()))
                .bind("approvedSince", Timestamps.utc(today.minusDays(APPROVAL_NEWS_DAYS)
                        .atStartOfDay(clock.getZone()).toInstant()))
                .map(row -> reportConditions(row, today))
                .all()
                .flatMapIterable(Function.identity());
    }

    private List<AlertCondition> reportConditions(Readable row, LocalDate today) {
        long reportId = row.get("id", Long.class);
        long projectId = row.get("project_id", Long.class);
        String state = row.get("state", String.class);
        LocalDate due = row.get("due", LocalDate.class);
        String period = "report-" + reportId;
        if (state.equals("APPROVED")) {
            AlertFacts facts = reportFacts(row, reportId, due, null, null);
            return List.of(new AlertCondition(AlertKind.REPORT_APPROVED, projectId, facts.departmentCode(), null,
                    null, period, facts));
        }
        List<AlertCondition> conditions = new ArrayList<>();
        if (row.get("returned", Boolean.class)) {
            // The reviewer's words are what the owner needs; per-field comments are in the report.
            String comment = row.get("return_comment", String.class);
            AlertFacts facts = reportFacts(row, reportId, due, null,
                    comment == null ? null : Message.of("alert.detail.report-returned", comment));
            conditions.add(new AlertCondition(AlertKind.REPORT_RETURNED, projectId, facts.departmentCode(), null,
                    null, period, facts));
        }
        if (!due.isAfter(today.plusDays(pack.dueSoonDays()))) {
            AlertFacts facts = reportFacts(row, reportId, due,
                    (int) Math.abs(ChronoUnit.DAYS.between(today, due)), null);
            conditions.add(new AlertCondition(today.isAfter(due) ? AlertKind.REPORT_OVERDUE
                    : AlertKind.REPORT_DUE_SOON, projectId, facts.departmentCode(), null, null, period, facts));
        }
        return conditions;
    }

    private static AlertFacts reportFacts(Readable row, long reportId, LocalDate due, Integer days, Message detail) {
        return new AlertFacts(row.get("name", String.class), row.get("department_code", String.class),
                row.get("department_name", String.class), null, due, days, null, null, detail, reportId,
                row.get("round_title", String.class));
    }

    private Flux<AlertCondition> offTargetIndicators(LocalDate today, Scope scope) {
        return scope.bind(db.sql("""
                select i.id, i.project_id, i.level3, i.target_text, s.reason_message,
                       p.name, p.department_code, p.department_name
                  from indicator_status s join indicator i on i.id = s.indicator_id
                  join project p on p.id = i.project_id
                 where s.light = 'RED' and p.fiscal_year = :year""" + Scope.CONDITION))
                .bind("year", today.getYear())
                .map(row -> indicatorCondition(AlertKind.INDICATOR_OFF_TARGET, row,
                        json.readValue(row.get("reason_message", Json.class).asString(),
                                Message.class),
                        today))
                .all();
    }

    private Flux<AlertCondition> laggingBudgets(LocalDate today, Scope scope) {
        return scope.bind(db.sql("""
                select ps.project_id, ps.budget_execution, ps.time_progress,
                       p.name, p.department_code, p.department_name
                  from project_status ps join project p on p.id = ps.project_id
                 where ps.budget_light = 'RED' and p.fiscal_year = :year""" + Scope.CONDITION))
                .bind("year", today.getYear())
                .map(row -> {
                    Message detail = Message.of("alert.detail.budget-lag",
                            percent(row.get("budget_execution", BigDecimal.class)),
                            percent(row.get("time_progress", BigDecimal.class)));
                    AlertFacts facts = new AlertFacts(row.get("name", String.class),
                            row.get("department_code", String.class), row.get("department_name", String.class),
                            null, null, null, null, null, detail);
                    return new AlertCondition(AlertKind.BUDGET_EXECUTION_LAG, row.get("project_id", Long.class),
                            facts.departmentCode(), null, null, Integer.toString(today.getYear()), facts);
                })
                .all();
    }

    private Flux<AlertCondition> quietFeeds(LocalDate today, Scope scope) {
        return missing.quietFeeds(scope.all() ? null : List.of(scope.projects())).collectList().flatMapMany(feeds -> {
            if (feeds.isEmpty()) {
                return Flux.empty();
            }
            Map<Long, MissingMeasurements.Feed> byIndicator = feeds.stream()
                    .collect(Collectors.toMap(MissingMeasurements.Feed::indicatorId, Function.identity()));
            return scope.bind(db.sql("""
                    select i.id, i.project_id, i.level3, i.target_text, p.name, p.department_code, p.department_name
                      from indicator i join project p on p.id = i.project_id
                     where i.id = any(:ids) and p.fiscal_year = :year""" + Scope.CONDITION))
                    .bind("ids", byIndicator.keySet().toArray(Long[]::new))
                    .bind("year", today.getYear())
                    .map(row -> {
                        MissingMeasurements.Feed feed = byIndicator.get(row.get("id", Long.class));
                        // The working days come first, so the English bundle can say "1 working day".
                        Message detail = Message.of(feed.measured() ? "alert.detail.missing-since-measured"
                                : "alert.detail.missing-since-bound", feed.workingDays(), feed.since());
                        return indicatorCondition(AlertKind.MEASUREMENT_MISSING, row, detail, today);
                    })
                    .all();
        });
    }

    private Flux<AlertCondition> unreadableTargets(LocalDate today, Scope scope) {
        return scope.bind(db.sql("""
                select i.id, i.project_id, i.level3, i.target_text, p.name, p.department_code, p.department_name
                  from indicator i join project p on p.id = i.project_id
                 where i.target_kind = 'UNPARSED' and p.fiscal_year = :year""" + Scope.CONDITION))
                .bind("year", today.getYear())
                .map(row -> indicatorCondition(AlertKind.TARGET_UNREADABLE, row,
                        Message.of("alert.detail.target-unreadable"), today))
                .all();
    }

    private static AlertCondition indicatorCondition(AlertKind kind, Readable row, Message detail,
            LocalDate today) {
        AlertFacts facts = new AlertFacts(row.get("name", String.class), row.get("department_code", String.class),
                row.get("department_name", String.class), null, null, null, row.get("level3", String.class),
                row.get("target_text", String.class), detail);
        return new AlertCondition(kind, row.get("project_id", Long.class), facts.departmentCode(),
                row.get("id", Long.class), null, Integer.toString(today.getYear()), facts);
    }

    private static Message percent(BigDecimal ratio) {
        return ratio == null ? Message.of("alert.detail.no-figure")
                : Message.of("unit.%", ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString());
    }
}
