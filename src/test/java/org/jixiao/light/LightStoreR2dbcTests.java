package org.jixiao.light;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.r2dbc.postgresql.codec.Json;
import org.jixiao.support.MigratedDatabase;
import org.jixiao.system.text.Message;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.system.database.Timestamps.instant;

/**
 * Storing lights on a real, migrated PostgreSQL: one upsert per table for all projects, which writes a row only when
 * its light, reason or figures change, so that evaluated_at says when the light last changed.
 */
class LightStoreR2dbcTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final Instant FIRST = Instant.parse("2025-06-30T01:00:00Z");
    private static final Instant LATER = Instant.parse("2025-06-30T01:15:00Z");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DatabaseClient db = MigratedDatabase.client();
    private final LightStore store = new LightStore(db, JSON);

    @Test
    void theFirstSaveWritesEveryProjectAndIndicator() {
        Fixture fixture = fixture("城市云平台运维项目（首存）");

        StepVerifier.create(store.save(List.of(fixture.status()), FIRST)).expectNext(3L).verifyComplete();

        assertThat(projectRow(fixture.project())).isEqualTo(new ProjectRow("YELLOW", "预算执行滞后",
                "YELLOW", new BigDecimal("0.4200"), new BigDecimal("0.5000"), new BigDecimal("296520.00"), FIRST));
        assertThat(indicatorRow(fixture.availability())).isEqualTo(
                new IndicatorRow("GREEN", "达标", new BigDecimal("96.5000"), FIRST));
        assertThat(indicatorRow(fixture.cost())).isEqualTo(new IndicatorRow("NONE", "尚无实际值", null, FIRST));
    }

    @Test
    void savingTheSameStatusesAgainChangesNoRow() {
        Fixture fixture = fixture("电子政务外网运维项目（重存）");
        store.save(List.of(fixture.status()), FIRST).block(TIMEOUT);

        StepVerifier.create(store.save(List.of(fixture.status()), LATER)).expectNext(0L).verifyComplete();

        assertThat(projectRow(fixture.project()).evaluatedAt()).isEqualTo(FIRST);
        assertThat(indicatorRow(fixture.availability()).evaluatedAt()).isEqualTo(FIRST);
        assertThat(indicatorRow(fixture.cost()).evaluatedAt()).isEqualTo(FIRST);
    }

    @Test
    void figuresThatDifferOnlyInScaleAreNoChange() {
        Fixture fixture = fixture("大数据平台运营项目（标度）");
        store.save(List.of(fixture.status()), FIRST).block(TIMEOUT);
        ProjectStatus rescaled = project(fixture.project(), Light.YELLOW, "预算执行滞后", new BigDecimal("0.42"),
                new BigDecimal("0.5"), new BigDecimal("296520"),
                indicator(fixture.availability(), new BigDecimal("96.50"), Light.GREEN, "达标"),
                indicator(fixture.cost(), null, Light.NONE, "尚无实际值"));

        StepVerifier.create(store.save(List.of(rescaled), LATER)).expectNext(0L).verifyComplete();
    }

    @Test
    void onlyTheRowsThatChangedAreWritten() {
        Fixture fixture = fixture("智慧城市一期工程（变更）");
        store.save(List.of(fixture.status()), FIRST).block(TIMEOUT);
        // The cost indicator gets its first actual; the project and the availability stay as they were.
        ProjectStatus changed = project(fixture.project(), Light.YELLOW, "预算执行滞后", new BigDecimal("0.42"),
                new BigDecimal("0.50"), new BigDecimal("296520"),
                indicator(fixture.availability(), new BigDecimal("96.5"), Light.GREEN, "达标"),
                indicator(fixture.cost(), new BigDecimal("720000"), Light.RED, "超出目标"));

        StepVerifier.create(store.save(List.of(changed), LATER)).expectNext(1L).verifyComplete();

        assertThat(indicatorRow(fixture.cost())).isEqualTo(
                new IndicatorRow("RED", "超出目标", new BigDecimal("720000.0000"), LATER));
        assertThat(indicatorRow(fixture.availability()).evaluatedAt()).isEqualTo(FIRST);
        assertThat(projectRow(fixture.project()).evaluatedAt()).isEqualTo(FIRST);
    }

    @Test
    void aChangeInAnyStoredProjectFieldIsWritten() {
        Fixture fixture = fixture("视频会议系统运维项目（逐项）");
        store.save(List.of(fixture.status()), FIRST).block(TIMEOUT);
        List<ProjectStatus> variants = List.of(
                project(fixture.project(), Light.RED, "预算执行滞后", new BigDecimal("0.42"), new BigDecimal("0.5"),
                        new BigDecimal("296520")),
                project(fixture.project(), Light.RED, "预算执行严重滞后", new BigDecimal("0.42"),
                        new BigDecimal("0.5"), new BigDecimal("296520")),
                project(fixture.project(), Light.RED, "预算执行严重滞后", new BigDecimal("0.43"),
                        new BigDecimal("0.5"), new BigDecimal("296520")),
                project(fixture.project(), Light.RED, "预算执行严重滞后", new BigDecimal("0.43"),
                        new BigDecimal("0.51"), new BigDecimal("296520")),
                project(fixture.project(), Light.RED, "预算执行严重滞后", new BigDecimal("0.43"),
                        new BigDecimal("0.51"), new BigDecimal("300000")),
                project(fixture.project(), Light.RED, "预算执行严重滞后", null, new BigDecimal("0.51"),
                        new BigDecimal("300000")));

        for (ProjectStatus variant : variants) {
            StepVerifier.create(store.save(List.of(variant), LATER)).as(variant.toString()).expectNext(1L)
                    .verifyComplete();
        }
        assertThat(projectRow(fixture.project())).isEqualTo(new ProjectRow("RED", "预算执行严重滞后", "RED", null,
                new BigDecimal("0.5100"), new BigDecimal("300000.00"), LATER));
    }

    @Test
    void manyProjectsGoInOneSaveAndOnlyTheChangedOnesCount() {
        Fixture first = fixture("数据中心机房改造项目（批量一）");
        Fixture second = fixture("数据中心机房改造项目（批量二）");
        store.save(List.of(first.status(), second.status()), FIRST).block(TIMEOUT);
        ProjectStatus secondTurnsGreen = project(second.project(), Light.GREEN, "正常", new BigDecimal("0.55"),
                new BigDecimal("0.5"), new BigDecimal("388000"),
                indicator(second.availability(), new BigDecimal("96.5"), Light.GREEN, "达标"),
                indicator(second.cost(), null, Light.NONE, "尚无实际值"));

        StepVerifier.create(store.save(List.of(first.status(), secondTurnsGreen), LATER)).expectNext(1L)
                .verifyComplete();

        assertThat(projectRow(first.project()).evaluatedAt()).isEqualTo(FIRST);
        assertThat(projectRow(second.project()).light()).isEqualTo("GREEN");
        assertThat(projectRow(second.project()).evaluatedAt()).isEqualTo(LATER);
    }

    /** Alerts render the stored message in each subscriber's language; the text column keeps it in Chinese. */
    @Test
    void aReasonIsStoredAsItsMessageBesideItsChineseText() {
        Fixture fixture = fixture("城市云平台运维项目（消息）");
        store.save(List.of(fixture.status()), FIRST).block(TIMEOUT);
        Message above = Message.of("light.direct.above", Message.of("unit.万元", "72"), "≤70.6万元");
        ProjectStatus judged = project(fixture.project(), Light.YELLOW, "预算执行滞后", new BigDecimal("0.42"),
                new BigDecimal("0.5"), new BigDecimal("296520"),
                indicator(fixture.availability(), new BigDecimal("96.5"), Light.GREEN, "达标"),
                new ProjectStatus.IndicatorStatus(fixture.cost(), "产出指标", "质量指标", "项目成本", "≤70.6万元",
                        new BigDecimal("720000"), Light.RED, above));
        store.save(List.of(judged), LATER).block(TIMEOUT);
        Message sameWordsOtherFigure = Message.of("light.direct.above", Message.of("unit.万元", "73"), "≤70.6万元");
        ProjectStatus again = project(fixture.project(), Light.YELLOW, "预算执行滞后", new BigDecimal("0.42"),
                new BigDecimal("0.5"), new BigDecimal("296520"),
                indicator(fixture.availability(), new BigDecimal("96.5"), Light.GREEN, "达标"),
                new ProjectStatus.IndicatorStatus(fixture.cost(), "产出指标", "质量指标", "项目成本", "≤70.6万元",
                        new BigDecimal("720000"), Light.RED, sameWordsOtherFigure));

        assertThat(indicatorRow(fixture.cost()).reason()).isEqualTo("72万元，超出目标值 ≤70.6万元");
        assertThat(reasonMessage(fixture.cost())).isEqualTo(above);
        StepVerifier.create(store.save(List.of(again), LATER)).expectNext(1L).verifyComplete();
        assertThat(reasonMessage(fixture.cost())).isEqualTo(sameWordsOtherFigure);
    }

    @Test
    void savingNothingWritesNothing() {
        StepVerifier.create(store.save(List.of(), FIRST)).expectNext(0L).verifyComplete();
    }

    /** A stored project with two annual indicators, and its first status: a yellow budget, one green indicator. */
    private Fixture fixture(String name) {
        long project = MigratedDatabase.insertProject(name);
        long availability = insertIndicator(project, 1, "系统可用率", "≥95%", "PERCENT");
        long cost = insertIndicator(project, 2, "项目成本", "≤70.6万元", "MONEY");
        ProjectStatus status = project(project, Light.YELLOW, "预算执行滞后", new BigDecimal("0.4200"),
                new BigDecimal("0.5000"), new BigDecimal("296520.00"),
                indicator(availability, new BigDecimal("96.5"), Light.GREEN, "达标"),
                indicator(cost, null, Light.NONE, "尚无实际值"));
        return new Fixture(project, availability, cost, status);
    }

    private static ProjectStatus project(long id, Light budgetLight, String reason, BigDecimal execution,
            BigDecimal timeProgress, BigDecimal paid, ProjectStatus.IndicatorStatus... indicators) {
        return new ProjectStatus(id, AS_OF, budgetLight, Message.verbatim(reason), budgetLight, execution,
                timeProgress, paid, new BigDecimal("706000"), List.of(indicators), List.of(Message.verbatim(reason)));
    }

    private static ProjectStatus.IndicatorStatus indicator(long id, BigDecimal actual, Light light, String reason) {
        return new ProjectStatus.IndicatorStatus(id, "产出指标", "质量指标", "指标 " + id, null, actual, light,
                Message.verbatim(reason));
    }

    private long insertIndicator(long project, int position, String level3, String target, String kind) {
        return db.sql("""
                insert into indicator (project_id, scope, position, level1, level2, level3, target_text, target,
                    parsed_with)
                values (:project, 'ANNUAL', :position, '产出指标', '质量指标', :level3, :text,
                    jsonb_build_object('text', :text, 'kind', :kind), '1')
                returning id
                """)
                .bind("project", project)
                .bind("position", position)
                .bind("level3", level3)
                .bind("text", target)
                .bind("kind", kind)
                .map(row -> row.get("id", Long.class))
                .one().block(TIMEOUT);
    }

    private ProjectRow projectRow(long project) {
        return db.sql("select * from project_status where project_id = :id").bind("id", project)
                .map(row -> new ProjectRow(row.get("light", String.class), row.get("reason", String.class),
                        row.get("budget_light", String.class), row.get("budget_execution", BigDecimal.class),
                        row.get("time_progress", BigDecimal.class), row.get("paid", BigDecimal.class),
                        instant(row, "evaluated_at")))
                .one().block(TIMEOUT);
    }

    private IndicatorRow indicatorRow(long indicator) {
        return db.sql("select * from indicator_status where indicator_id = :id").bind("id", indicator)
                .map(row -> new IndicatorRow(row.get("light", String.class), row.get("reason", String.class),
                        row.get("actual", BigDecimal.class), instant(row, "evaluated_at")))
                .one().block(TIMEOUT);
    }

    private Message reasonMessage(long indicator) {
        return db.sql("select reason_message from indicator_status where indicator_id = :id").bind("id", indicator)
                .map(row -> JSON.readValue(row.get("reason_message", Json.class).asString(), Message.class))
                .one().block(TIMEOUT);
    }

    private record Fixture(long project, long availability, long cost, ProjectStatus status) {
    }

    private record ProjectRow(String light, String reason, String budgetLight, BigDecimal budgetExecution,
            BigDecimal timeProgress, BigDecimal paid, Instant evaluatedAt) {
    }

    private record IndicatorRow(String light, String reason, BigDecimal actual, Instant evaluatedAt) {
    }
}
