package org.jixiao.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares what the checks see today with the stored alerts and says what to write and whom to tell: new causes
 * fire, causes that returned fire again, cleared ones resolve, and a firing alert that reached a new cadence step
 * sends a reminder. Acknowledged alerts stay quiet until they resolve. Only rows that change are written.
 * <p>
 * One cause is one alert: a deadline indicator is red because its milestone is overdue, so while that milestone's
 * {@link AlertKind#MILESTONE_OVERDUE} alert stands, the indicator raises no {@link AlertKind#INDICATOR_OFF_TARGET}
 * of its own ({@link #withoutCovered}); an off-target alert it raised before resolves without a message.
 */
public final class AlertReconciler {

    private final AlertCadence cadence;

    public AlertReconciler(AlertCadence cadence) {
        this.cadence = Objects.requireNonNull(cadence, "cadence");
    }

    /**
     * @param current every cause seen today, at most one per identity
     * @param stored the stored alerts that are not resolved, and resolved ones sharing an identity with a cause
     */
    public Plan plan(List<AlertCondition> current, Map<String, StoredAlert> stored, LocalDate today) {
        List<NewAlert> created = new ArrayList<>();
        List<AlertUpdate> updated = new ArrayList<>();
        List<StoredAlert> resolved = new ArrayList<>();
        List<StoredAlert> covered = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<AlertCondition> kept = withoutCovered(current);
        Set<String> coveredKeys = new HashSet<>();
        current.forEach(condition -> coveredKeys.add(condition.identityKey()));
        kept.forEach(condition -> coveredKeys.remove(condition.identityKey()));
        for (AlertCondition condition : kept) {
            if (!seen.add(condition.identityKey())) {
                throw new IllegalArgumentException("two causes share the identity " + condition.identityKey());
            }
            int days = condition.facts().days() == null ? 0 : condition.facts().days();
            Severity severity = cadence.severity(condition.kind(), days, today);
            int step = cadence.step(condition.kind(), days);
            StoredAlert alert = stored.get(condition.identityKey());
            if (alert == null) {
                created.add(new NewAlert(condition, severity, step));
            }
            else if (alert.state() == AlertState.RESOLVED) {
                updated.add(new AlertUpdate(alert, condition, AlertState.FIRING, severity, step,
                        alert.fireCount() + 1, true, NotificationEvent.FIRING));
            }
            else {
                boolean remind = alert.state() == AlertState.FIRING && step > alert.notifyStep();
                int keptStep = Math.max(step, alert.notifyStep());
                boolean changed = remind || severity != alert.severity() || keptStep != alert.notifyStep()
                        || !condition.facts().equals(alert.facts());
                if (changed) {
                    updated.add(new AlertUpdate(alert, condition, alert.state(), severity, keptStep,
                            alert.fireCount(), false, remind ? NotificationEvent.REMINDER : null));
                }
            }
        }
        for (StoredAlert alert : stored.values()) {
            if (alert.state() != AlertState.RESOLVED && !seen.contains(alert.identityKey())) {
                (coveredKeys.contains(alert.identityKey()) ? covered : resolved).add(alert);
            }
        }
        return new Plan(created, updated, resolved, covered);
    }

    /**
     * The causes without those another one carries: the {@link AlertKind#INDICATOR_OFF_TARGET} of an indicator that has
     * an overdue milestone. Only deadline (and recurring) targets have milestones of their own, and a deadline's light
     * is its milestone's: red because it is overdue. Once the milestone is met (late) or waived the overdue alert
     * resolves and the indicator speaks for itself again.
     */
    static List<AlertCondition> withoutCovered(List<AlertCondition> current) {
        Set<Long> overdueIndicators = new HashSet<>();
        for (AlertCondition condition : current) {
            if (condition.kind() == AlertKind.MILESTONE_OVERDUE && condition.indicatorId() != null) {
                overdueIndicators.add(condition.indicatorId());
            }
        }
        if (overdueIndicators.isEmpty()) {
            return current;
        }
        return current.stream().filter(condition -> condition.kind() != AlertKind.INDICATOR_OFF_TARGET
                || !overdueIndicators.contains(condition.indicatorId())).toList();
    }

    /** Whether a resolved alert gets a "resolved" message. */
    public boolean announcesResolution(StoredAlert alert) {
        return cadence.announcesResolution(alert.kind());
    }

    /** A cause seen for the first time: fires, and is announced. */
    public record NewAlert(AlertCondition condition, Severity severity, int step) {
    }

    /**
     * A change to a stored alert.
     *
     * @param refired it had resolved and its cause returned: a new firing, acknowledgement cleared
     * @param event the message this change sends, or {@code null} for a silent update
     */
    public record AlertUpdate(StoredAlert alert, AlertCondition condition, AlertState state, Severity severity,
            int step, int fireCount, boolean refired, NotificationEvent event) {
    }

    /**
     * @param resolved alerts whose cause cleared
     * @param covered alerts whose cause another alert now carries (see {@link #withoutCovered}): they resolve too, but
     *        without a message, since nothing was done about them
     */
    public record Plan(List<NewAlert> created, List<AlertUpdate> updated, List<StoredAlert> resolved,
            List<StoredAlert> covered) {

        public boolean isEmpty() {
            return created.isEmpty() && updated.isEmpty() && resolved.isEmpty() && covered.isEmpty();
        }
    }
}
