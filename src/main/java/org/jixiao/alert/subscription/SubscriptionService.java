package org.jixiao.alert.subscription;

import java.time.Clock;

import org.jixiao.audit.AuditLog;
import org.jixiao.project.ProjectRepository;
import org.jixiao.security.AccessRules;
import org.jixiao.security.Caller;
import org.jixiao.security.OutboundUrlPolicy;
import org.jixiao.system.error.ForbiddenException;
import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.error.NotFoundException;
import org.jixiao.system.text.Message;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/** Subscriptions to alerts: created for a scope their creator may see, managed by their creator or an admin. */
@Service
public class SubscriptionService {

    private final SubscriptionRepository repository;
    private final ProjectRepository projects;
    private final OutboundUrlPolicy urls;
    private final ObjectProvider<JavaMailSender> mail;
    private final AuditLog audit;
    private final TransactionalOperator tx;
    private final Clock clock;

    SubscriptionService(SubscriptionRepository repository, ProjectRepository projects, OutboundUrlPolicy urls,
            ObjectProvider<JavaMailSender> mail, AuditLog audit, TransactionalOperator tx, Clock clock) {
        this.repository = repository;
        this.projects = projects;
        this.urls = urls;
        this.mail = mail;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public Mono<Subscription> create(Caller caller, SubscriptionRequest request) {
        return Mono.fromCallable(() -> SubscriptionRequests.read(request, urls, mail.getIfAvailable() != null))
                .flatMap(subscription -> projectDepartment(caller, subscription)
                        .flatMap(projectDepartment -> {
                            if (subscription.department() != null && projectDepartment.length() > 0
                                    && !subscription.department().equals(projectDepartment)) {
                                return Mono.error(InvalidInputException.invalid("department",
                                        Message.of("problem.subscription.other-department", subscription.project(),
                                                projectDepartment, subscription.department())));
                            }
                            String department = projectDepartment.isEmpty() ? null : projectDepartment;
                            if (!AccessRules.canSubscribe(caller, subscription.department(), subscription.project(),
                                    department)) {
                                return Mono.error(new ForbiddenException(
                                        Message.of("problem.forbidden.subscription-scope")));
                            }
                            return repository.insert(subscription, caller.subject(), clock.instant())
                                    .flatMap(created -> audit.record(caller.actor(), "subscription.create",
                                            "subscription", created.id(), null, created).thenReturn(created));
                        }))
                .as(tx::transactional);
    }

    /** The department of the subscribed project, or "" when none is named; 422 when it is not there to see. */
    private Mono<String> projectDepartment(Caller caller, NewSubscription subscription) {
        if (subscription.project() == null) {
            return Mono.just("");
        }
        return projects.findById(subscription.project())
                .filter(project -> AccessRules.canRead(caller, project.id(), project.department().code()))
                .map(project -> project.department().code())
                .switchIfEmpty(Mono.error(() -> InvalidInputException.invalid("project",
                        Message.of("problem.not-found.project", subscription.project()))));
    }

    public Flux<Subscription> find(Caller caller) {
        return repository.find(AccessRules.canManageEveryones(caller) ? null : caller.subject());
    }

    public Mono<Void> delete(Caller caller, long id) {
        return repository.findById(id)
                .filter(subscription -> AccessRules.canManageOwn(caller, subscription.createdBy()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException(
                        Message.of("problem.not-found.subscription", id))))
                .flatMap(subscription -> repository.delete(id)
                        .then(audit.record(caller.actor(), "subscription.delete", "subscription", id, subscription,
                                null)))
                .as(tx::transactional);
    }
}
