package org.jixiao.milestone;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jixiao.indicator.Indicator;
import org.jixiao.indicator.IndicatorRepository;
import org.jixiao.indicator.IndicatorScope;
import org.jixiao.indicator.grammar.BeforeMonthReading;
import org.jixiao.indicator.grammar.TargetParser;
import org.jixiao.support.MigratedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The set-based milestone statements on a real, migrated PostgreSQL: derivation from targets and the sweep. Every
 * test works on projects of its own, so it runs beside the others in the shared database.
 */
class MilestoneRepositoryR2dbcTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int DUE_SOON_DAYS = 30;
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 9);
    private static final Instant EARLIER = Instant.parse("2025-01-02T00:00:00Z");
    private static final Instant NOW = Instant.parse("2025-06-09T01:05:00Z");
    private static final TargetParser PARSER = new TargetParser(BeforeMonthReading.PREVIOUS_MONTH_END);

    private final DatabaseClient db = MigratedDatabase.client();
    private final MilestoneRepository milestones = new MilestoneRepository(db);
    private final IndicatorRepository indicators = new IndicatorRepository(db, JsonMapper.builder().build());

    @Test
    void derivationAddsAMilestonePerDeadlineAndPerRecurringDueDateOfTheAnnualTargets() {
        long project = MigratedDatabase.insertProject("智慧人大建设项目（派生）");
        insertIndicators(project,
                annual(1, "付款时间", "10月前"),
                annual(2, "系统验收完成时间", "年底前"),
                annual(3, "平台上线部署时间", "6月底"),
                annual(4, "运维服务费支付时间", "每半年"),
                annual(5, "系统可用率", "≥95%"),
                annual(6, "项目成本", "≤70.6万元"),
                annual(7, "培训组织时间", "9月"),
                period(1, "尾款支付时间", "12月前"));

        StepVerifier.create(milestones.deriveFromTargets(project, EARLIER)).expectNext(6L).verifyComplete();

        assertThat(milestonesOf(project)).extracting(Milestone::title, Milestone::kind, Milestone::due,
                Milestone::origin, Milestone::state, Milestone::stateChangedAt).containsExactly(
                        tuple("平台上线部署时间", MilestoneKind.DELIVERY, LocalDate.of(2025, 6, 30),
                                MilestoneOrigin.TARGET, MilestoneState.UPCOMING, EARLIER),
                        tuple("运维服务费支付时间", MilestoneKind.PAYMENT, LocalDate.of(2025, 6, 30),
                                MilestoneOrigin.TARGET, MilestoneState.UPCOMING, EARLIER),
                        tuple("付款时间", MilestoneKind.PAYMENT, LocalDate.of(2025, 9, 30),
                                MilestoneOrigin.TARGET, MilestoneState.UPCOMING, EARLIER),
                        tuple("培训组织时间", MilestoneKind.OTHER, LocalDate.of(2025, 9, 30),
                                MilestoneOrigin.TARGET, MilestoneState.UPCOMING, EARLIER),
                        tuple("系统验收完成时间", MilestoneKind.ACCEPTANCE, LocalDate.of(2025, 12, 31),
                                MilestoneOrigin.TARGET, MilestoneState.UPCOMING, EARLIER),
                        tuple("运维服务费支付时间", MilestoneKind.PAYMENT, LocalDate.of(2025, 12, 31),
                                MilestoneOrigin.TARGET, MilestoneState.UPCOMING, EARLIER));
    }

    @Test
    void derivingAgainAddsNothingAndLeavesTheMilestonesAsTheyAre() {
        long project = MigratedDatabase.insertProject("智慧城市一期工程（再派生）");
        insertIndicators(project, annual(1, "付款时间", "10月前"), annual(2, "运维服务费支付时间", "每季度"));
        StepVerifier.create(milestones.deriveFromTargets(project, EARLIER)).expectNext(5L).verifyComplete();
        List<Milestone> first = milestonesOf(project);

        StepVerifier.create(milestones.deriveFromTargets(project, NOW)).expectNext(0L).verifyComplete();

        assertThat(milestonesOf(project)).isEqualTo(first);
    }

    @Test
    void derivationForOneProjectLeavesTheOthersAlone() {
        long derived = MigratedDatabase.insertProject("电子政务外网运维项目（派生）");
        long other = MigratedDatabase.insertProject("电子政务外网运维项目（未派生）");
        insertIndicators(derived, annual(1, "付款时间", "10月前"));
        insertIndicators(other, annual(1, "付款时间", "10月前"));

        StepVerifier.create(milestones.deriveFromTargets(derived, EARLIER)).expectNext(1L).verifyComplete();

        assertThat(milestonesOf(derived)).hasSize(1);
        assertThat(milestonesOf(other)).isEmpty();
    }

    @ParameterizedTest(name = "due {0} days from today: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            -1 | OVERDUE
             0 | DUE_SOON
             1 | DUE_SOON
            30 | DUE_SOON
            31 | UPCOMING
            """)
    void theSweepPutsAnOpenMilestoneInTheStateItsDueDateImplies(int daysAhead, MilestoneState expected) {
        long project = MigratedDatabase.insertProject("边界项目 " + daysAhead);
        Milestone milestone = insertManual(project, TODAY.plusDays(daysAhead), MilestoneState.UPCOMING);

        Map<String, Long> moves = milestones.sweep(project, TODAY, DUE_SOON_DAYS, NOW).block(TIMEOUT);

        Milestone swept = milestones.findById(milestone.id()).block(TIMEOUT);
        assertThat(swept.state()).isEqualTo(expected);
        if (expected == MilestoneState.UPCOMING) {
            assertThat(moves).isEmpty();
            assertThat(swept.stateChangedAt()).isEqualTo(EARLIER);
        }
        else {
            assertThat(moves).containsExactly(Map.entry(expected.name(), 1L));
            assertThat(swept.stateChangedAt()).isEqualTo(NOW);
        }
    }

    @Test
    void theSweepMovesOnlyTheMilestonesWhoseStateChangesAndCountsTheMovesByNewState() {
        long project = MigratedDatabase.insertProject("城市云平台运维项目（巡检）");
        Milestone lateUpcoming = insertManual(project, TODAY.minusDays(3), MilestoneState.UPCOMING);
        Milestone lateDueSoon = insertManual(project, TODAY.minusDays(1), MilestoneState.DUE_SOON);
        Milestone nearUpcoming = insertManual(project, TODAY.plusDays(7), MilestoneState.UPCOMING);
        Milestone alreadyOverdue = insertManual(project, TODAY.minusDays(10), MilestoneState.OVERDUE);
        Milestone alreadyDueSoon = insertManual(project, TODAY.plusDays(20), MilestoneState.DUE_SOON);
        Milestone stillUpcoming = insertManual(project, TODAY.plusDays(90), MilestoneState.UPCOMING);
        Milestone met = insertManual(project, TODAY.minusDays(30), MilestoneState.MET);
        Milestone waived = insertManual(project, TODAY.minusDays(30), MilestoneState.WAIVED);
        // Postponed: the due date moved out of the window, so the milestone goes back to UPCOMING.
        Milestone postponed = insertManual(project, TODAY.plusDays(60), MilestoneState.DUE_SOON);

        StepVerifier.create(milestones.sweep(project, TODAY, DUE_SOON_DAYS, NOW))
                .expectNext(Map.of("OVERDUE", 2L, "DUE_SOON", 1L, "UPCOMING", 1L))
                .verifyComplete();

        assertState(lateUpcoming, MilestoneState.OVERDUE, NOW);
        assertState(lateDueSoon, MilestoneState.OVERDUE, NOW);
        assertState(nearUpcoming, MilestoneState.DUE_SOON, NOW);
        assertState(postponed, MilestoneState.UPCOMING, NOW);
        assertState(alreadyOverdue, MilestoneState.OVERDUE, EARLIER);
        assertState(alreadyDueSoon, MilestoneState.DUE_SOON, EARLIER);
        assertState(stillUpcoming, MilestoneState.UPCOMING, EARLIER);
        assertState(met, MilestoneState.MET, EARLIER);
        assertState(waived, MilestoneState.WAIVED, EARLIER);
    }

    @Test
    void aSecondSweepOnTheSameDayMovesNothing() {
        long project = MigratedDatabase.insertProject("大数据平台运营项目（巡检）");
        insertManual(project, TODAY.minusDays(3), MilestoneState.UPCOMING);
        insertManual(project, TODAY.plusDays(3), MilestoneState.UPCOMING);
        StepVerifier.create(milestones.sweep(project, TODAY, DUE_SOON_DAYS, NOW))
                .expectNext(Map.of("OVERDUE", 1L, "DUE_SOON", 1L)).verifyComplete();

        StepVerifier.create(milestones.sweep(project, TODAY, DUE_SOON_DAYS, NOW.plusSeconds(3_600)))
                .expectNext(Map.of()).verifyComplete();

        assertThat(milestonesOf(project)).extracting(Milestone::stateChangedAt).containsOnly(NOW);
    }

    @Test
    void aSweepOfOneProjectLeavesTheOthersAlone() {
        long swept = MigratedDatabase.insertProject("视频会议系统运维项目（巡检）");
        long other = MigratedDatabase.insertProject("视频会议系统运维项目（未巡检）");
        insertManual(swept, TODAY.minusDays(1), MilestoneState.UPCOMING);
        Milestone untouched = insertManual(other, TODAY.minusDays(1), MilestoneState.UPCOMING);

        StepVerifier.create(milestones.sweep(swept, TODAY, DUE_SOON_DAYS, NOW))
                .expectNext(Map.of("OVERDUE", 1L)).verifyComplete();

        assertState(untouched, MilestoneState.UPCOMING, EARLIER);
    }

    @Test
    void derivedMilestonesAreSweptLikeManualOnes() {
        long project = MigratedDatabase.insertProject("智慧城市一期工程（派生后巡检）");
        insertIndicators(project, annual(1, "平台上线部署时间", "6月底"), annual(2, "付款时间", "10月前"));
        milestones.deriveFromTargets(project, EARLIER).block(TIMEOUT);

        StepVerifier.create(milestones.sweep(project, TODAY, DUE_SOON_DAYS, NOW))
                .expectNext(Map.of("DUE_SOON", 1L)).verifyComplete();

        assertThat(milestonesOf(project)).extracting(Milestone::title, Milestone::state).containsExactly(
                tuple("平台上线部署时间", MilestoneState.DUE_SOON), tuple("付款时间", MilestoneState.UPCOMING));
    }

    private static Indicator annual(int position, String level3, String printed) {
        return indicator(IndicatorScope.ANNUAL, position, level3, printed);
    }

    private static Indicator period(int position, String level3, String printed) {
        return indicator(IndicatorScope.PERIOD, position, level3, printed);
    }

    private static Indicator indicator(IndicatorScope scope, int position, String level3, String printed) {
        return new Indicator(null, null, scope, position, "产出指标", "时效指标", level3,
                PARSER.parse(printed, 2025), printed);
    }

    private void insertIndicators(long project, Indicator... list) {
        indicators.insertAll(project, List.of(list), TargetParser.VERSION).block(TIMEOUT);
    }

    private Milestone insertManual(long project, LocalDate due, MilestoneState state) {
        return milestones.insertManual(project, MilestoneKind.DELIVERY, "里程碑 " + due + " " + state, due, null,
                state, "tester", EARLIER).block(TIMEOUT);
    }

    private List<Milestone> milestonesOf(long project) {
        return db.sql("select * from milestone where project_id = :project order by due, indicator_id, id")
                .bind("project", project)
                .map(MilestoneRepository::milestone)
                .all().collectList().block(TIMEOUT);
    }

    private void assertState(Milestone before, MilestoneState state, Instant changedAt) {
        Milestone now = milestones.findById(before.id()).block(TIMEOUT);
        assertThat(now.state()).as("state of %s", before.title()).isEqualTo(state);
        assertThat(now.stateChangedAt()).as("state change of %s", before.title()).isEqualTo(changedAt);
    }
}
