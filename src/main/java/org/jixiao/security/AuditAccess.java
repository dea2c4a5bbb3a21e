package org.jixiao.security;

import org.jixiao.audit.AuditLog;
import org.jixiao.audit.AuditPage;
import org.jixiao.audit.AuditQuery;
import org.jixiao.system.error.ForbiddenException;
import org.jixiao.system.text.Message;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The audit log as a caller may read it: administrators only. It sits in the security feature because the audit
 * feature is written to by everyone (this one included) and so must not depend on callers and their rules.
 */
@Service
public class AuditAccess {

    private final AuditLog audit;

    public AuditAccess(AuditLog audit) {
        this.audit = audit;
    }

    /**
     * A page of the log. The query comes as a {@link Mono} so that its checks run only after the caller is let in: a
     * caller who may not read the log learns nothing about its parameters either.
     */
    public Mono<AuditPage> find(Caller caller, Mono<AuditQuery> query) {
        if (!AccessRules.canReadAudit(caller)) {
            return Mono.error(new ForbiddenException(Message.of("problem.forbidden.audit")));
        }
        return query.flatMap(audit::find);
    }
}
