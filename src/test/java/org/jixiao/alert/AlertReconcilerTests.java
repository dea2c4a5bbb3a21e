package org.jixiao.alert;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jixiao.alert.AlertReconciler.Plan;
import org.jixiao.system.text.Message;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AlertReconcilerTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 12, 1);

    private final AlertReconciler reconciler = new AlertReconciler(new AlertCadence(List.of(30, 7, 3, 1), 7, 7, 7));

    @Test
    void aNewCauseFiresAndIsAnnounced() {
        AlertCondition overdue = overdue(1);
        Plan plan = reconciler.plan(List.of(overdue), Map.of(), TODAY);
        assertThat(plan.created()).singleElement().satisfies(created -> {
            assertThat(created.condition()).isEqualTo(overdue);
            assertThat(created.severity()).isEqualTo(Severity.WARNING);
            assertThat(created.step()).isEqualTo(1);
        });
        assertThat(plan.updated()).isEmpty();
        assertThat(plan.resolved()).isEmpty();
    }

    @Test
    void theSameCauseOnTheSameDayChangesNothing() {
        AlertCondition overdue = overdue(1);
        StoredAlert stored = stored(overdue, AlertState.FIRING, Severity.WARNING, 1);
        assertThat(reconciler.plan(List.of(overdue), Map.of(stored.identityKey(), stored), TODAY).isEmpty()).isTrue();
    }

    @Test
    void aFiringAlertRemindsWhenItReachesANewStep() {
        StoredAlert yesterday = stored(overdue(1), AlertState.FIRING, Severity.WARNING, 1);
        Plan plan = reconciler.plan(List.of(overdue(2)), Map.of(yesterday.identityKey(), yesterday), TODAY);
        assertThat(plan.updated()).singleElement().satisfies(update -> {
            assertThat(update.event()).isEqualTo(NotificationEvent.REMINDER);
            assertThat(update.step()).isEqualTo(2);
            assertThat(update.state()).isEqualTo(AlertState.FIRING);
        });
    }

    @Test
    void anAcknowledgedAlertStaysQuietButKeepsItsFactsCurrent() {
        StoredAlert acknowledged = stored(overdue(1), AlertState.ACKNOWLEDGED, Severity.WARNING, 1);
        Plan plan = reconciler.plan(List.of(overdue(9)), Map.of(acknowledged.identityKey(), acknowledged), TODAY);
        assertThat(plan.updated()).singleElement().satisfies(update -> {
            assertThat(update.event()).isNull();
            assertThat(update.state()).isEqualTo(AlertState.ACKNOWLEDGED);
            assertThat(update.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(update.condition().facts().days()).isEqualTo(9);
        });
    }

    @Test
    void aClearedCauseResolvesTheAlert() {
        StoredAlert firing = stored(overdue(3), AlertState.FIRING, Severity.WARNING, 3);
        Plan plan = reconciler.plan(List.of(), Map.of(firing.identityKey(), firing), TODAY);
        assertThat(plan.resolved()).containsExactly(firing);
        assertThat(reconciler.announcesResolution(firing)).isTrue();
    }

    @Test
    void aResolvedAlertWhoseCauseReturnsFiresAgainWithItsAcknowledgementCleared() {
        StoredAlert resolved = new StoredAlert(7, overdue(1).identityKey(), AlertKind.MILESTONE_OVERDUE,
                AlertState.RESOLVED, Severity.WARNING, 4, 1, overdue(4).facts());
        Plan plan = reconciler.plan(List.of(overdue(2)), Map.of(resolved.identityKey(), resolved), TODAY);
        assertThat(plan.updated()).singleElement().satisfies(update -> {
            assertThat(update.refired()).isTrue();
            assertThat(update.state()).isEqualTo(AlertState.FIRING);
            assertThat(update.fireCount()).isEqualTo(2);
            assertThat(update.step()).isEqualTo(2);
            assertThat(update.event()).isEqualTo(NotificationEvent.FIRING);
        });
    }

    @Test
    void aResolvedAlertWithoutItsCauseStaysAsItIs() {
        StoredAlert resolved = new StoredAlert(7, overdue(1).identityKey(), AlertKind.MILESTONE_OVERDUE,
                AlertState.RESOLVED, Severity.WARNING, 1, 1, overdue(1).facts());
        assertThat(reconciler.plan(List.of(), Map.of(resolved.identityKey(), resolved), TODAY).isEmpty()).isTrue();
    }

    @Test
    void aMilestoneFallingOverdueEndsItsDueSoonAlertQuietlyAndStartsAnOverdueOne() {
        AlertCondition dueSoon = milestone(AlertKind.MILESTONE_DUE_SOON, 1);
        StoredAlert stored = stored(dueSoon, AlertState.FIRING, Severity.WARNING, 4);
        Plan plan = reconciler.plan(List.of(overdue(1)), Map.of(stored.identityKey(), stored), TODAY);
        assertThat(plan.created()).singleElement()
                .satisfies(created -> assertThat(created.condition().kind()).isEqualTo(AlertKind.MILESTONE_OVERDUE));
        assertThat(plan.resolved()).containsExactly(stored);
        assertThat(reconciler.announcesResolution(stored)).isFalse();
    }

    @Test
    void aFiringAlertWhoseFactsChangeHasThemStoredWithoutAnotherMessage() {
        AlertCondition queued = budgetLag("预算执行率 0.0%，序时进度 91.7%");
        StoredAlert stored = stored(queued, AlertState.FIRING, Severity.WARNING, 1);

        Plan plan = reconciler.plan(List.of(budgetLag("预算执行率 42.5%，序时进度 91.7%")),
                Map.of(stored.identityKey(), stored), TODAY);

        assertThat(plan.updated()).singleElement().satisfies(update -> {
            assertThat(update.event()).as("the same step: the message already queued says the new facts").isNull();
            assertThat(update.condition().facts().detail().args().getFirst().toString()).startsWith("预算执行率 42.5%");
        });
    }

    @Test
    void anOverdueDeadlineIsOneAlertNotAlsoAnOffTargetIndicator() {
        AlertCondition overdue = deadlineOverdue(77L);
        AlertCondition offTarget = offTarget(77L);
        AlertCondition otherIndicator = offTarget(78L);

        Plan plan = reconciler.plan(List.of(offTarget, overdue, otherIndicator), Map.of(), TODAY);

        assertThat(plan.created()).extracting(created -> created.condition())
                .containsExactly(overdue, otherIndicator);
    }

    @Test
    void anOffTargetAlertRaisedBeforeItsDeadlineFellOverdueResolvesWithoutAMessage() {
        AlertCondition offTarget = offTarget(77L);
        StoredAlert stored = stored(offTarget, AlertState.FIRING, Severity.WARNING, 1);

        Plan plan = reconciler.plan(List.of(offTarget, deadlineOverdue(77L)), Map.of(stored.identityKey(), stored),
                TODAY);

        assertThat(plan.covered()).containsExactly(stored);
        assertThat(plan.resolved()).as("resolved alerts are announced; covered ones are not").isEmpty();
        assertThat(plan.created()).extracting(created -> created.condition().kind())
                .containsExactly(AlertKind.MILESTONE_OVERDUE);
    }

    @Test
    void aDeadlineMetLateIsOffTargetAgainOnceTheOverdueAlertIsGone() {
        AlertCondition offTarget = offTarget(77L);

        assertThat(AlertReconciler.withoutCovered(List.of(offTarget))).containsExactly(offTarget);
        assertThat(AlertReconciler.withoutCovered(List.of(offTarget, milestone(AlertKind.MILESTONE_DUE_SOON, 3))))
                .as("a due-soon milestone carries nothing").contains(offTarget);
        assertThat(AlertReconciler.withoutCovered(List.of(offTarget, overdue(3))))
                .as("a milestone of no indicator carries nothing").contains(offTarget);
    }

    @Test
    void identitiesSeparateKindsProjectsTargetsAndPeriods() {
        AlertCondition base = overdue(1);
        assertThat(base.identityKey()).isEqualTo("MILESTONE_OVERDUE:p5:i-:m9:2025-11-30");
        AlertCondition otherPeriod = new AlertCondition(base.kind(), 5, "102", null, 9L, "2025-12-31", base.facts());
        assertThat(otherPeriod.identityKey()).isNotEqualTo(base.identityKey());
    }

    @Test
    void refusesTwoCausesWithOneIdentity() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> reconciler.plan(List.of(overdue(1), overdue(2)), Map.of(), TODAY));
    }

    private static AlertCondition overdue(int daysLate) {
        return milestone(AlertKind.MILESTONE_OVERDUE, daysLate);
    }

    private static AlertCondition milestone(AlertKind kind, int days) {
        AlertFacts facts = new AlertFacts("城市云平台运维", "102", "市数据局", "尾款支付", LocalDate.of(2025, 11, 30),
                days, null, null, null);
        return new AlertCondition(kind, 5, "102", null, 9L, "2025-11-30", facts);
    }

    private static AlertCondition budgetLag(String detail) {
        AlertFacts facts = new AlertFacts("城市云平台运维", "102", "市数据局", null, null, null, null, null,
                Message.verbatim(detail));
        return new AlertCondition(AlertKind.BUDGET_EXECUTION_LAG, 5, "102", null, null, "2025", facts);
    }

    /** The milestone a deadline target implies, overdue: it names its indicator. */
    private static AlertCondition deadlineOverdue(long indicator) {
        AlertFacts facts = new AlertFacts("城市云平台运维", "102", "市数据局", "尾款支付时间", LocalDate.of(2025, 11, 30), 1,
                null, null, null);
        return new AlertCondition(AlertKind.MILESTONE_OVERDUE, 5, "102", indicator, 90L, "2025-11-30", facts);
    }

    private static AlertCondition offTarget(long indicator) {
        AlertFacts facts = new AlertFacts("城市云平台运维", "102", "市数据局", null, null, null, "尾款支付时间", "≤11月",
                Message.verbatim("逾期：应于 2025-11-30（≤11月）完成，尚未完成"));
        return new AlertCondition(AlertKind.INDICATOR_OFF_TARGET, 5, "102", indicator, null, "2025", facts);
    }

    private static StoredAlert stored(AlertCondition condition, AlertState state, Severity severity, int step) {
        return new StoredAlert(1, condition.identityKey(), condition.kind(), state, severity, step, 1,
                condition.facts());
    }
}
