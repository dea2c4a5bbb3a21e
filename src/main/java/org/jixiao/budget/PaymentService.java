package org.jixiao.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jixiao.audit.AuditLog;
import org.jixiao.milestone.MilestoneKind;
import org.jixiao.milestone.MilestoneService;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectChange;
import org.jixiao.project.ProjectChanges;
import org.jixiao.project.ProjectService;
import org.jixiao.security.Caller;
import org.jixiao.system.Decimals;
import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.error.Violations;
import org.jixiao.system.text.Message;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The payment ledger: budget execution is paid ÷ annual budget; a linked payment settles its milestone. The project's
 * lights and alerts follow in the payment's transaction.
 */
@Service
public class PaymentService {

    static final BigDecimal MAX_AMOUNT = Decimals.MAX_YUAN;
    static final int MAX_NOTE_LENGTH = 2_000;

    private final PaymentRepository payments;
    private final ProjectService projects;
    private final MilestoneService milestones;
    private final AuditLog audit;
    private final ProjectChanges changes;
    private final TransactionalOperator transaction;
    private final Clock clock;

    public PaymentService(PaymentRepository payments, ProjectService projects, MilestoneService milestones,
            AuditLog audit, ProjectChanges changes, TransactionalOperator transaction, Clock clock) {
        this.payments = payments;
        this.projects = projects;
        this.milestones = milestones;
        this.audit = audit;
        this.changes = changes;
        this.transaction = transaction;
        this.clock = clock;
    }

    public Flux<Payment> list(Caller caller, long projectId) {
        return projects.get(caller, projectId).flatMapMany(project -> payments.findByProject(projectId));
    }

    public Mono<Payment> record(Caller caller, long projectId, PaymentRequest request) {
        return projects.getForWrite(caller, projectId)
                .flatMap(project -> {
                    validate(project, request);
                    Mono<Void> settle = request.milestoneId() == null ? Mono.empty()
                            : settleMilestone(caller, project, request);
                    return settle.then(payments.insert(projectId, request.amount(), request.paidAt(),
                                    request.note(), request.milestoneId(), caller.actor(), clock.instant()))
                            .flatMap(payment -> audit.record(caller.actor(), "record", "payment", payment.id(), null,
                                    summary(payment)).thenReturn(payment));
                })
                .flatMap(payment -> changes.publish(ProjectChange.of(projectId, ProjectChange.Cause.PAYMENT))
                        .thenReturn(payment))
                .as(transaction::transactional);
    }

    private Mono<Void> settleMilestone(Caller caller, Project project, PaymentRequest request) {
        return milestones.openForWrite(caller, request.milestoneId())
                .flatMap(milestone -> {
                    if (milestone.projectId() != project.id()) {
                        return Mono.error(InvalidInputException.invalid("milestoneId",
                                Message.of("problem.payment.other-project", milestone.id())));
                    }
                    if (milestone.kind() != MilestoneKind.PAYMENT) {
                        return Mono.error(InvalidInputException.invalid("milestoneId",
                                Message.of("problem.payment.not-payment", milestone.id(), milestone.kind())));
                    }
                    return milestones.completeLocked(caller, milestone, request.paidAt(),
                            "payment of " + request.amount().toPlainString() + " yuan").then();
                });
    }

    private void validate(Project project, PaymentRequest request) {
        Violations violations = new Violations();
        if (request.amount() == null) {
            violations.add("amount", Message.of("problem.payment.amount-required"));
        }
        else if (request.amount().signum() <= 0) {
            violations.add("amount", Message.of("problem.field.positive"));
        }
        else if (request.amount().compareTo(MAX_AMOUNT) > 0) {
            violations.add("amount", Message.of("problem.field.implausibly-large"));
        }
        else if (request.amount().stripTrailingZeros().scale() > 2) {
            violations.add("amount", Message.of("problem.field.decimals", 2));
        }
        LocalDate today = LocalDate.now(clock);
        if (request.paidAt() == null) {
            violations.add("paidAt", Violations.required());
        }
        else if (request.paidAt().isAfter(today)) {
            violations.add("paidAt", Message.of("problem.field.not-in-future"));
        }
        else if (request.paidAt().getYear() != project.fiscalYear()) {
            violations.add("paidAt", Message.of("problem.payment.fiscal-year", project.fiscalYear()));
        }
        violations.optionalText("note", request.note(), MAX_NOTE_LENGTH);
        violations.throwIfAny();
    }

    private static Map<String, Object> summary(Payment payment) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("project", payment.projectId());
        summary.put("amount", payment.amount());
        summary.put("paidAt", payment.paidAt());
        summary.put("milestone", payment.milestoneId());
        return summary;
    }

    /** {@code {"amount":600000,"paidAt":"2025-11-20","note":"...","milestoneId":null}}, amount in yuan. */
    public record PaymentRequest(BigDecimal amount, LocalDate paidAt, String note, Long milestoneId) {
    }
}
