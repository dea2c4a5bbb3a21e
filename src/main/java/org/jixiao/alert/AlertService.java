package org.jixiao.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jixiao.alert.AlertReconciler.AlertUpdate;
import org.jixiao.alert.AlertReconciler.NewAlert;
import org.jixiao.alert.AlertReconciler.Plan;
import org.jixiao.audit.AuditLog;
import org.jixiao.project.JudgingLocks;
import org.jixiao.project.ProjectChange;
import org.jixiao.project.ProjectChangeListener;
import org.jixiao.schedule.Check;
import org.jixiao.schedule.CheckListener;
import org.jixiao.security.AccessRules;
import org.jixiao.security.Caller;
import org.jixiao.system.error.ConflictException;
import org.jixiao.system.error.ForbiddenException;
import org.jixiao.system.text.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Raises, updates and resolves alerts from what the checks and writes left in the store, and writes the messages they
 * cause into the outbox in the same transaction: an alert change is never committed without its notifications, nor
 * the other way round. It follows the checks ({@link CheckListener}: all projects) and the writes
 * ({@link ProjectChangeListener}: the projects written, in the write's own transaction, after their lights).
 */
@Service
@Order(300)
public class AlertService implements CheckListener, ProjectChangeListener {

    private static final Logger log = LoggerFactory.getLogger(AlertService.class);

    private final AlertConditions conditions;
    private final AlertRepository repository;
    private final AlertReconciler reconciler;
    private final AlertNotifier notifier;
    private final AuditLog audit;
    private final JudgingLocks locks;
    private final TransactionalOperator tx;
    private final Clock clock;

    AlertService(AlertConditions conditions, AlertRepository repository, AlertReconciler reconciler,
            AlertNotifier notifier, AuditLog audit,
            JudgingLocks locks, TransactionalOperator tx, Clock clock) {
        this.conditions = conditions;
        this.repository = repository;
        this.reconciler = reconciler;
        this.notifier = notifier;
        this.audit = audit;
        this.locks = locks;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Brings every project's alerts in line with the store; safe to run on several instances at once (they take
     * turns through the exclusive judging lock).
     */
    public Mono<ReconcileSummary> reconcile() {
        return locks.forAll().then(reconcile(null)).as(tx::transactional);
    }

    /** Every check but the Prometheus pull changes what alerts see (the pull's writes follow as project changes). */
    @Override
    public Mono<Void> afterWork(Check check) {
        return check == Check.PROMETHEUS_PULL ? Mono.empty() : reconcile().then();
    }

    /** The alerts of the projects a write changed, in the write's transaction, which holds their locks. */
    @Override
    public Mono<Void> projectsChanged(ProjectChange change) {
        return reconcile(change.projectIds()).then();
    }

    /** Reconciles the given projects' alerts, or every project's when {@code projectIds} is {@code null}. */
    private Mono<ReconcileSummary> reconcile(Set<Long> projectIds) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        return conditions.current(projectIds)
                .flatMap(current -> repository.stored(current.stream().map(AlertCondition::identityKey).toList(),
                                projectIds)
                        .map(stored -> reconciler.plan(current, stored, today)))
                .flatMap(plan -> apply(plan, now))
                .doOnNext(summary -> {
                    if (summary.changed()) {
                        log.info("Alerts{}: {}", projectIds == null ? "" : " of projects " + projectIds, summary);
                    }
                });
    }

    private Mono<ReconcileSummary> apply(Plan plan, Instant now) {
        return repository.insert(plan.created(), now).flatMap(newIds -> {
            List<Long> ids = new ArrayList<>();
            List<NotificationEvent> events = new ArrayList<>();
            for (NewAlert alert : plan.created()) {
                ids.add(newIds.get(alert.condition().identityKey()));
                events.add(NotificationEvent.FIRING);
            }
            int refired = 0;
            int reminded = 0;
            for (AlertUpdate update : plan.updated()) {
                if (update.event() != null) {
                    ids.add(update.alert().id());
                    events.add(update.event());
                }
                refired += update.refired() ? 1 : 0;
                reminded += update.event() == NotificationEvent.REMINDER ? 1 : 0;
            }
            for (StoredAlert alert : plan.resolved()) {
                if (reconciler.announcesResolution(alert)) {
                    ids.add(alert.id());
                    events.add(NotificationEvent.RESOLVED);
                }
            }
            int fired = plan.created().size();
            int resolved = plan.resolved().size() + plan.covered().size();
            int reminders = reminded;
            int again = refired;
            return repository.update(plan.updated(), now)
                    .then(repository.resolve(plan.resolved(), now))
                    .then(repository.resolve(plan.covered(), now))
                    .then(notifier.enqueue(ids, events, now))
                    .map(messages -> new ReconcileSummary(fired, again, reminders, resolved, messages));
        });
    }

    public Flux<Alert> find(Caller caller, AlertQuery query) {
        return repository.find(query, AccessRules.visibility(caller));
    }

    public Mono<Alert> get(Caller caller, long id) {
        return repository.findById(id)
                .filter(alert -> AccessRules.canRead(caller, alert.projectId(), alert.departmentCode()))
                .switchIfEmpty(Mono.error(() -> new AlertNotFoundException(id)));
    }

    /**
     * Stops the reminders of this firing; the alert still resolves (and may fire again) by itself. Only a firing alert
     * can be acknowledged: a second acknowledgement is a conflict that names the first and changes nothing.
     */
    public Mono<Alert> acknowledge(Caller caller, long id, String comment) {
        if (!AccessRules.canAcknowledgeAlerts(caller)) {
            return Mono.error(new ForbiddenException(Message.of("problem.forbidden.acknowledge")));
        }
        return repository.lock(id)
                .filter(alert -> AccessRules.canRead(caller, alert.projectId(), alert.departmentCode()))
                .switchIfEmpty(Mono.error(() -> new AlertNotFoundException(id)))
                .flatMap(before -> {
                    if (!AccessRules.canAcknowledgeAlert(caller, before.projectId(), before.departmentCode())) {
                        return Mono.error(new ForbiddenException(Message.of(
                                "problem.forbidden.acknowledge-department", before.departmentCode())));
                    }
                    if (before.state() != AlertState.FIRING) {
                        return Mono.error(notAcknowledgeable(before));
                    }
                    // The update itself refuses an alert that is no longer firing, so that of two acknowledgements
                    // at once only one can win, whatever the locks above did.
                    return repository.acknowledge(id, caller.actor(), comment, clock.instant())
                            .switchIfEmpty(repository.findById(id)
                                    .flatMap(current -> Mono.error(notAcknowledgeable(current))))
                            .flatMap(after -> audit.record(caller.actor(), "alert.acknowledge", "alert", id,
                                    Map.of("state", before.state()), Map.of("state", after.state(),
                                            "comment", comment == null ? "" : comment))
                                    .thenReturn(after));
                })
                .as(tx::transactional);
    }

    /** Why an alert that is not firing cannot be acknowledged: it has resolved, or someone did so first. */
    private static ConflictException notAcknowledgeable(Alert alert) {
        if (alert.state() == AlertState.ACKNOWLEDGED && alert.acknowledgement() != null) {
            return new AlertAlreadyAcknowledgedException(alert.id(), alert.acknowledgement());
        }
        return new ConflictException(Message.of("problem.conflict.alert-resolved", alert.id()), null);
    }

    /** What one reconciliation did: alerts fired, fired again, reminded, resolved, and messages queued. */
    public record ReconcileSummary(int fired, int refired, int reminded, int resolved, long messages) {

        boolean changed() {
            return fired + refired + reminded + resolved > 0 || messages > 0;
        }
    }
}
