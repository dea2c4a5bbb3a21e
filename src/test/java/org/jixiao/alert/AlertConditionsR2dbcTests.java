package org.jixiao.alert;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jixiao.calendar.WorkingCalendar;
import org.jixiao.indicator.Indicator;
import org.jixiao.indicator.IndicatorRepository;
import org.jixiao.indicator.IndicatorScope;
import org.jixiao.indicator.grammar.BeforeMonthReading;
import org.jixiao.indicator.grammar.TargetParser;
import org.jixiao.light.RulePack;
import org.jixiao.milestone.Milestone;
import org.jixiao.milestone.MilestoneKind;
import org.jixiao.milestone.MilestoneRepository;
import org.jixiao.milestone.MilestoneState;
import org.jixiao.source.MissingMeasurements;
import org.jixiao.support.MigratedDatabase;
import org.jixiao.system.text.Message;
import org.jixiao.system.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jixiao.system.database.Timestamps.utc;

/**
 * The alert causes as the stored state shows them, read from a real, migrated PostgreSQL: one statement per kind.
 * Every test works on projects of its own and asks only about them, so it runs beside the others in the shared
 * database.
 */
class AlertConditionsR2dbcTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** Monday 9 June 2025, 09:05 in Beijing: the Monday after the 端午节 holiday (31 May to 2 June). */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-09T01:05:00Z"), BEIJING);
    private static final LocalDate TODAY = LocalDate.now(CLOCK);
    private static final String YEAR = "2025";
    private static final Instant EARLIER = Instant.parse("2025-01-02T00:00:00Z");
    /** The service's default allowance (jixiao.checks.measurement-missing-after-working-days). */
    private static final int ALLOWED_WORKING_DAYS = 3;
    private static final String DEPARTMENT_CODE = "102";
    private static final String DEPARTMENT_NAME = "晋城市数据局";
    private static final TargetParser PARSER = new TargetParser(BeforeMonthReading.PREVIOUS_MONTH_END);

    private final DatabaseClient db = MigratedDatabase.client();
    private final MilestoneRepository milestones = new MilestoneRepository(db);
    private final IndicatorRepository indicators = new IndicatorRepository(db, JsonMapper.builder().build());
    private final AlertConditions conditions = new AlertConditions(db,
            new MissingMeasurements(db, WorkingCalendar.load(List.of()), ALLOWED_WORKING_DAYS, CLOCK),
            RulePack.central(), CLOCK, JsonMapper.builder().build());

    @Test
    void anOpenMilestoneDueWithinTheWindowIsDueSoonWithTheDaysLeft() {
        String name = "城市云平台运维项目（临近）";
        long project = MigratedDatabase.insertProject(name);
        Milestone milestone = insertMilestone(project, "平台上线部署", TODAY.plusDays(7), MilestoneState.UPCOMING);

        assertThat(current(project)).containsExactly(new AlertCondition(AlertKind.MILESTONE_DUE_SOON, project,
                DEPARTMENT_CODE, null, milestone.id(), "2025-06-16", new AlertFacts(name, DEPARTMENT_CODE,
                        DEPARTMENT_NAME, "平台上线部署", LocalDate.of(2025, 6, 16), 7, null, null, null)));
    }

    @Test
    void anOpenMilestonePastItsDueDateIsOverdueWithTheDaysLate() {
        String name = "电子政务外网运维项目（逾期）";
        long project = MigratedDatabase.insertProject(name);
        // Still UPCOMING as stored: the sweep has not run today, and the date alone decides.
        Milestone milestone = insertMilestone(project, "尾款支付", TODAY.minusDays(5), MilestoneState.UPCOMING);

        assertThat(current(project)).containsExactly(new AlertCondition(AlertKind.MILESTONE_OVERDUE, project,
                DEPARTMENT_CODE, null, milestone.id(), "2025-06-04", new AlertFacts(name, DEPARTMENT_CODE,
                        DEPARTMENT_NAME, "尾款支付", LocalDate.of(2025, 6, 4), 5, null, null, null)));
    }

    @ParameterizedTest(name = "due {0} days from today: {1}")
    @CsvSource(delimiter = '|', nullValues = "nothing", textBlock = """
            -1 | MILESTONE_OVERDUE
             0 | MILESTONE_DUE_SOON
            30 | MILESTONE_DUE_SOON
            31 | nothing
            90 | nothing
            """)
    void anOpenMilestoneIsJudgedByItsDueDateAgainstTheEarliestReminder(int daysAhead, AlertKind expected) {
        long project = MigratedDatabase.insertProject("边界项目（告警）" + daysAhead);
        // Stored DUE_SOON whatever the date, so that only the date can explain the outcome.
        insertMilestone(project, "里程碑", TODAY.plusDays(daysAhead), MilestoneState.DUE_SOON);

        List<AlertCondition> found = current(project);

        if (expected == null) {
            assertThat(found).isEmpty();
        }
        else {
            assertThat(found).singleElement().satisfies(condition -> {
                assertThat(condition.kind()).isEqualTo(expected);
                assertThat(condition.facts().days()).isEqualTo(Math.abs(daysAhead));
            });
        }
    }

    @Test
    void metAndWaivedMilestonesGiveNothingWhateverTheirDueDate() {
        long project = MigratedDatabase.insertProject("视频会议系统运维项目（已完成）");
        insertMilestone(project, "已付款", TODAY.minusDays(10), MilestoneState.MET);
        insertMilestone(project, "已验收", TODAY.plusDays(3), MilestoneState.MET);
        insertMilestone(project, "已豁免付款", TODAY.minusDays(10), MilestoneState.WAIVED);
        insertMilestone(project, "已豁免验收", TODAY.plusDays(3), MilestoneState.WAIVED);

        assertThat(current(project)).isEmpty();
    }

    @Test
    void aMilestoneDerivedFromATargetNamesItsIndicator() {
        long project = MigratedDatabase.insertProject("智慧城市一期工程（派生告警）");
        // A deadline target ("6月底") implies a milestone of its own; its alert names the indicator it came from.
        long indicator = insertIndicator(project, 1, "平台上线部署时间", "6月底");
        milestones.deriveFromTargets(project, EARLIER).block(TIMEOUT);
        long milestone = db.sql("select id from milestone where indicator_id = :indicator")
                .bind("indicator", indicator).map(row -> row.get("id", Long.class)).one().block(TIMEOUT);

        assertThat(current(project)).singleElement().satisfies(condition -> {
            assertThat(condition.kind()).isEqualTo(AlertKind.MILESTONE_DUE_SOON);
            assertThat(condition.indicatorId()).isEqualTo(indicator);
            assertThat(condition.milestoneId()).isEqualTo(milestone);
            assertThat(condition.period()).isEqualTo("2025-06-30");
            assertThat(condition.facts().milestoneTitle()).isEqualTo("平台上线部署时间");
            assertThat(condition.facts().days()).isEqualTo(21);
        });
    }

    @Test
    void aRedIndicatorIsOffTargetWithItsStoredReasonAsDetail() {
        String name = "大数据平台运营项目（指标红灯）";
        long project = MigratedDatabase.insertProject(name);
        long indicator = insertIndicator(project, 1, "系统可用率", "≥95%");
        insertIndicatorStatus(indicator, "RED", "实际值 80% 低于目标 95% 的 90%");

        assertThat(current(project)).containsExactly(new AlertCondition(AlertKind.INDICATOR_OFF_TARGET, project,
                DEPARTMENT_CODE, indicator, null, YEAR, new AlertFacts(name, DEPARTMENT_CODE, DEPARTMENT_NAME, null,
                        null, null, "系统可用率", "≥95%", chinese("实际值 80% 低于目标 95% 的 90%"))));
    }

    @Test
    void indicatorsWithAnyOtherLightGiveNothing() {
        long project = MigratedDatabase.insertProject("数据中心机房改造项目（指标非红）");
        List<String> lights = List.of("GREEN", "BLUE", "YELLOW", "NONE");
        for (int position = 1; position <= lights.size(); position++) {
            long indicator = insertIndicator(project, position, "指标 " + position, "≥95%");
            insertIndicatorStatus(indicator, lights.get(position - 1), "理由 " + position);
        }

        assertThat(current(project)).isEmpty();
    }

    @Test
    void aRedBudgetLightIsAnExecutionLagWithBothFiguresAsPercentages() {
        String name = "城市云平台运维项目（预算红灯）";
        long project = MigratedDatabase.insertProject(name);
        insertProjectStatus(project, "RED", new BigDecimal("0.4200"), new BigDecimal("0.5000"));

        assertThat(current(project)).containsExactly(new AlertCondition(AlertKind.BUDGET_EXECUTION_LAG, project,
                DEPARTMENT_CODE, null, null, YEAR, new AlertFacts(name, DEPARTMENT_CODE, DEPARTMENT_NAME, null, null,
                        null, null, null, chinese("预算执行率 42.0%，序时进度 50.0%"))));
    }

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            0.1235 | 0.0833 | 预算执行率 12.4%，序时进度 8.3%
            0      | 0.0001 | 预算执行率 0.0%，序时进度 0.0%
            1.0500 | 1      | 预算执行率 105.0%，序时进度 100.0%
            null   | 0.5    | 预算执行率 —，序时进度 50.0%
            0.42   | null   | 预算执行率 42.0%，序时进度 —
            """)
    void budgetFiguresArePercentagesToOneDecimalOrADashWhenUnknown(BigDecimal execution, BigDecimal timeProgress,
            String detail) {
        long project = MigratedDatabase.insertProject("预算格式项目 " + execution + " " + timeProgress);
        insertProjectStatus(project, "RED", execution, timeProgress);

        assertThat(current(project)).singleElement()
                .satisfies(condition -> assertThat(condition.facts().detail()).isEqualTo(chinese(detail)));
    }

    @Test
    void aRedProjectWhoseBudgetLightIsNotRedHasNoExecutionLag() {
        long project = MigratedDatabase.insertProject("电子政务外网运维项目（项目红灯）");
        // The project light is red for another reason (an indicator); only the budget light speaks of the budget.
        insertProjectStatus(project, "RED", "YELLOW", new BigDecimal("0.4500"), new BigDecimal("0.5000"));

        assertThat(current(project)).isEmpty();
    }

    @Test
    void anUnparsedTargetIsUnreadable() {
        String name = "智慧人大建设项目（无法识别）";
        long project = MigratedDatabase.insertProject(name);
        long unreadable = insertIndicator(project, 1, "运维服务质量", "详见实施方案");
        insertIndicator(project, 2, "系统可用率", "≥95%");

        assertThat(current(project)).containsExactly(new AlertCondition(AlertKind.TARGET_UNREADABLE, project,
                DEPARTMENT_CODE, unreadable, null, YEAR, new AlertFacts(name, DEPARTMENT_CODE, DEPARTMENT_NAME, null,
                        null, null, "运维服务质量", "详见实施方案", chinese("指标值无法按语法识别"))));
    }

    @Test
    void aBoundIndicatorWithoutAnyActualSinceItsBindingTooLongAgoIsMissingMeasurements() {
        String name = "视频会议系统运维项目（未采集）";
        long project = MigratedDatabase.insertProject(name);
        long indicator = insertIndicator(project, 1, "系统可用率", "≥95%");
        // Bound on Friday 30 May; the 端午节 Monday is no working day, so five have passed, not six.
        bind(indicator, Instant.parse("2025-05-30T02:00:00Z"));

        assertThat(current(project)).containsExactly(new AlertCondition(AlertKind.MEASUREMENT_MISSING, project,
                DEPARTMENT_CODE, indicator, null, YEAR, new AlertFacts(name, DEPARTMENT_CODE, DEPARTMENT_NAME, null,
                        null, null, "系统可用率", "≥95%", chinese("自 2025-05-30 绑定以来没有实际值，已过 5 个工作日"))));
    }

    @Test
    void aBoundIndicatorWhoseLatestActualIsTooOldIsMissingMeasurements() {
        long project = MigratedDatabase.insertProject("大数据平台运营项目（停止采集）");
        long indicator = insertIndicator(project, 1, "系统可用率", "≥95%");
        bind(indicator, EARLIER);
        measure(indicator, Instant.parse("2025-05-20T02:00:00Z"));
        measure(indicator, Instant.parse("2025-05-30T02:00:00Z"));

        assertThat(current(project)).singleElement().satisfies(condition -> {
            assertThat(condition.kind()).isEqualTo(AlertKind.MEASUREMENT_MISSING);
            assertThat(condition.indicatorId()).isEqualTo(indicator);
            assertThat(condition.facts().detail()).isEqualTo(chinese("最近一次实际值在 2025-05-30，已过 5 个工作日"));
        });
    }

    @Test
    void aBoundIndicatorMeasuredWithinTheAllowedWorkingDaysIsNotMissing() {
        long project = MigratedDatabase.insertProject("数据中心机房改造项目（按时采集）");
        long measured = insertIndicator(project, 1, "系统可用率", "≥95%");
        bind(measured, EARLIER);
        // Wednesday 4 June: Thursday, Friday and Monday have passed, exactly the three allowed.
        measure(measured, Instant.parse("2025-06-04T02:00:00Z"));
        // Never measured, but not bound either: nothing is expected to feed it.
        insertIndicator(project, 2, "用户满意度", "≥90%");

        assertThat(current(project)).isEmpty();
    }

    @Test
    void aProjectOfAnotherFiscalYearGivesNoIndicatorBudgetOrFeedConditions() {
        long project = MigratedDatabase.insertProject("智慧城市一期工程（上年度）");
        db.sql("update project set fiscal_year = 2024 where id = :id").bind("id", project).fetch().rowsUpdated()
                .block(TIMEOUT);
        long red = insertIndicator(project, 1, "系统可用率", "≥95%");
        insertIndicatorStatus(red, "RED", "实际值低于目标");
        insertProjectStatus(project, "RED", new BigDecimal("0.4200"), new BigDecimal("0.5000"));
        insertIndicator(project, 2, "运维服务质量", "详见实施方案");
        bind(red, EARLIER);

        assertThat(current(project)).isEmpty();
    }

    @Test
    void onlyTheListedProjectsAreLookedAtAndNullMeansAll() {
        long listed = MigratedDatabase.insertProject("城市云平台运维项目（列出）");
        long other = MigratedDatabase.insertProject("城市云平台运维项目（未列出）");
        insertProjectStatus(listed, "RED", new BigDecimal("0.4200"), new BigDecimal("0.5000"));
        insertProjectStatus(other, "RED", new BigDecimal("0.4200"), new BigDecimal("0.5000"));
        insertMilestone(other, "逾期付款", TODAY.minusDays(1), MilestoneState.OVERDUE);
        long unreadable = insertIndicator(other, 1, "运维服务质量", "详见实施方案");
        insertIndicatorStatus(unreadable, "RED", "目标无法识别");
        bind(unreadable, EARLIER);

        List<AlertCondition> both = current(listed, other);

        assertThat(both).extracting(AlertCondition::kind, AlertCondition::projectId).containsExactlyInAnyOrder(
                tuple(AlertKind.BUDGET_EXECUTION_LAG, listed), tuple(AlertKind.BUDGET_EXECUTION_LAG, other),
                tuple(AlertKind.MILESTONE_OVERDUE, other), tuple(AlertKind.INDICATOR_OFF_TARGET, other),
                tuple(AlertKind.TARGET_UNREADABLE, other), tuple(AlertKind.MEASUREMENT_MISSING, other));
        assertThat(current(listed)).extracting(AlertCondition::kind, AlertCondition::projectId)
                .containsExactly(tuple(AlertKind.BUDGET_EXECUTION_LAG, listed));
        assertThat(conditions.current(List.of()).block(TIMEOUT)).as("an empty list names no project").isEmpty();
        // The database is shared with other test classes, so of "all" only this much is certain.
        assertThat(inChinese(conditions.current(null).block(TIMEOUT))).containsAll(both);
    }

    @Test
    void aReportNotHandedInIsDueSoonWithinTheMilestonesWindowAndOverdueAfterItsRoundsDueDate() {
        String name = "城市云平台运维项目（报告）";
        long project = MigratedDatabase.insertProject(name);
        long soon = insertReport(insertRound("2025年1-5月绩效运行监控", TODAY.plusDays(5)), project, "DRAFT", null,
                null);
        long late = insertReport(insertRound("2025年1-4月绩效运行监控", TODAY.minusDays(2)), project, "DRAFT", null,
                null);
        insertReport(insertRound("2025年1-3月绩效运行监控", TODAY.minusDays(2)), project, "SUBMITTED", null, null);
        insertReport(insertRound("2025年1-9月绩效运行监控", TODAY.plusDays(31)), project, "DRAFT", null, null);

        assertThat(current(project)).containsExactlyInAnyOrder(
                new AlertCondition(AlertKind.REPORT_DUE_SOON, project, DEPARTMENT_CODE, null, null, "report-" + soon,
                        new AlertFacts(name, DEPARTMENT_CODE, DEPARTMENT_NAME, null, TODAY.plusDays(5), 5, null, null,
                                null, soon, "2025年1-5月绩效运行监控")),
                new AlertCondition(AlertKind.REPORT_OVERDUE, project, DEPARTMENT_CODE, null, null, "report-" + late,
                        new AlertFacts(name, DEPARTMENT_CODE, DEPARTMENT_NAME, null, TODAY.minusDays(2), 2, null,
                                null, null, late, "2025年1-4月绩效运行监控")));
    }

    @Test
    void aReturnedReportTellsItsOwnerUntilHandedInAgainBesideItsDeadline() {
        long project = MigratedDatabase.insertProject("电子政务外网运维项目（报告退回）");
        long returned = insertReport(insertRound("退回轮次", TODAY.plusDays(60)), project, "RETURNED", "请补充措施",
                null);
        // Saved after the return: a draft again, with the reviewer's comment kept, and now late.
        long saved = insertReport(insertRound("退回后保存轮次", TODAY.minusDays(1)), project, "DRAFT", "请补充措施",
                null);

        List<AlertCondition> found = current(project);
        assertThat(found).extracting(AlertCondition::kind, AlertCondition::period).containsExactlyInAnyOrder(
                tuple(AlertKind.REPORT_RETURNED, "report-" + returned),
                tuple(AlertKind.REPORT_RETURNED, "report-" + saved),
                tuple(AlertKind.REPORT_OVERDUE, "report-" + saved));
        assertThat(found).filteredOn(condition -> condition.kind() == AlertKind.REPORT_RETURNED)
                .extracting(condition -> condition.facts().detail())
                .containsOnly(chinese("退回意见：请补充措施"));
    }

    @Test
    void anApprovalIsNewsForAWeek() {
        long project = MigratedDatabase.insertProject("视频会议系统运维项目（报告通过）");
        Instant startOfToday = TODAY.atStartOfDay(BEIJING).toInstant();
        long recent = insertReport(insertRound("一周内通过", TODAY.minusDays(3)), project, "APPROVED", null,
                startOfToday.minus(Duration.ofDays(AlertConditions.APPROVAL_NEWS_DAYS)));
        insertReport(insertRound("一周前通过", TODAY.minusDays(3)), project, "APPROVED", null,
                startOfToday.minus(Duration.ofDays(AlertConditions.APPROVAL_NEWS_DAYS)).minusSeconds(1));

        assertThat(current(project)).singleElement().satisfies(condition -> {
            assertThat(condition.kind()).isEqualTo(AlertKind.REPORT_APPROVED);
            assertThat(condition.period()).isEqualTo("report-" + recent);
            assertThat(condition.facts().days()).isNull();
            assertThat(condition.facts().roundTitle()).isEqualTo("一周内通过");
        });
    }

    /** The causes, each detail put into Chinese words (as {@link #chinese(String)} expects them). */
    private List<AlertCondition> current(Long... projects) {
        return inChinese(conditions.current(List.of(projects)).block(TIMEOUT));
    }

    private static List<AlertCondition> inChinese(List<AlertCondition> found) {
        return found.stream().map(condition -> {
            AlertFacts facts = condition.facts();
            Message detail = facts.detail() == null ? null
                    : chinese(Messages.render(facts.detail(), Messages.CHINESE));
            return new AlertCondition(condition.kind(), condition.projectId(), condition.departmentCode(),
                    condition.indicatorId(), condition.milestoneId(), condition.period(), new AlertFacts(
                            facts.projectName(), facts.departmentCode(), facts.departmentName(),
                            facts.milestoneTitle(), facts.due(), facts.days(), facts.indicatorName(), facts.target(),
                            detail, facts.reportId(), facts.roundTitle()));
        }).toList();
    }

    /** A detail as a Chinese reader sees it; the English side is checked by the bundle tests. */
    private static Message chinese(String text) {
        return Message.verbatim(text);
    }

    private long insertRound(String title, LocalDate due) {
        return db.sql("""
                insert into report_round (kind, fiscal_year, title, period_from, period_to, due, departments,
                    created_by, created_at)
                values ('MONITORING', 2025, :title, date '2025-01-01', date '2025-05-31', :due, '{102}', 'tester',
                    :at) returning id
                """)
                .bind("title", title).bind("due", due).bind("at", utc(EARLIER))
                .map(row -> row.get("id", Long.class)).one().block(TIMEOUT);
    }

    private long insertReport(long round, long project, String state, String returnComment, Instant reviewedAt) {
        return db.sql("""
                insert into report (round_id, project_id, state, return_comment, snapshot, reviewed_at, updated_by,
                    updated_at)
                values (:round, :project, :state, :comment,
                    case when :state = 'APPROVED' then '{}'::jsonb end, :reviewedAt, 'tester', :at) returning id
                """)
                .bind("round", round).bind("project", project).bind("state", state)
                .bind("comment", Parameter.fromOrEmpty(returnComment, String.class))
                .bind("reviewedAt", Parameter.fromOrEmpty(reviewedAt == null ? null : utc(reviewedAt),
                        OffsetDateTime.class))
                .bind("at", utc(EARLIER))
                .map(row -> row.get("id", Long.class)).one().block(TIMEOUT);
    }

    private Milestone insertMilestone(long project, String title, LocalDate due, MilestoneState state) {
        return milestones.insertManual(project, MilestoneKind.DELIVERY, title, due, null, state, "tester", EARLIER)
                .block(TIMEOUT);
    }

    /** Stores an annual indicator as an import would (target read by the grammar) and answers its id. */
    private long insertIndicator(long project, int position, String level3, String printed) {
        Indicator indicator = new Indicator(null, null, IndicatorScope.ANNUAL, position, "产出指标", "质量指标", level3,
                PARSER.parse(printed, 2025), printed);
        indicators.insertAll(project, List.of(indicator), TargetParser.VERSION).block(TIMEOUT);
        return db.sql("select id from indicator where project_id = :project and position = :position")
                .bind("project", project)
                .bind("position", position)
                .map(row -> row.get("id", Long.class))
                .one().block(TIMEOUT);
    }

    private void insertIndicatorStatus(long indicator, String light, String reason) {
        db.sql("""
                insert into indicator_status (indicator_id, light, reason, reason_message, evaluated_at)
                values (:indicator, :light, :reason,
                        jsonb_build_object('key', 'verbatim', 'args', jsonb_build_array(:reason::text)), :at)
                """)
                .bind("indicator", indicator)
                .bind("light", light)
                .bind("reason", reason)
                .bind("at", utc(EARLIER))
                .fetch().rowsUpdated().block(TIMEOUT);
    }

    private void insertProjectStatus(long project, String budgetLight, BigDecimal execution,
            BigDecimal timeProgress) {
        insertProjectStatus(project, budgetLight, budgetLight, execution, timeProgress);
    }

    private void insertProjectStatus(long project, String light, String budgetLight, BigDecimal execution,
            BigDecimal timeProgress) {
        db.sql("""
                insert into project_status (project_id, light, reason, reason_message, budget_light,
                    budget_execution, time_progress, paid, evaluated_at)
                values (:project, :light, '预算执行滞后', '{"key": "verbatim", "args": ["预算执行滞后"]}', :budgetLight,
                    :execution, :timeProgress, 296520, :at)
                """)
                .bind("project", project)
                .bind("light", light)
                .bind("budgetLight", budgetLight)
                .bind("execution", Parameter.fromOrEmpty(execution, BigDecimal.class))
                .bind("timeProgress", Parameter.fromOrEmpty(timeProgress, BigDecimal.class))
                .bind("at", utc(EARLIER))
                .fetch().rowsUpdated().block(TIMEOUT);
    }

    /** Binds the indicator to a Prometheus query, so that its feed is watched from {@code at} on. */
    private void bind(long indicator, Instant at) {
        db.sql("""
                insert into indicator_source (indicator_id, type, query, base_url, bound_by, bound_at)
                values (:indicator, 'PROMETHEUS', 'avg_over_time(up[1d])', 'http://prometheus:9090', 'tester', :at)
                """)
                .bind("indicator", indicator)
                .bind("at", utc(at))
                .fetch().rowsUpdated().block(TIMEOUT);
    }

    private void measure(long indicator, Instant observedAt) {
        db.sql("""
                insert into measurement (indicator_id, value, observed_at, source, recorded_by, recorded_at)
                values (:indicator, 96.5, :at, 'PROMETHEUS', 'tester', :at)
                """)
                .bind("indicator", indicator)
                .bind("at", utc(observedAt))
                .fetch().rowsUpdated().block(TIMEOUT);
    }
}
