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
        Set<String> seen = new HashSet<>();
        for (AlertCondition condition : current) {
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
                resolved.add(alert);
            }
        }
        return new Plan(created, updated, resolved);
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

    public record Plan(List<NewAlert> created, List<AlertUpdate> updated, List<StoredAlert> resolved) {

        public boolean isEmpty() {
            return created.isEmpty() && updated.isEmpty() && resolved.isEmpty();
        }
    }
}
