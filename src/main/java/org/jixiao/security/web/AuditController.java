package org.jixiao.security.web;

import java.time.Instant;

import org.jixiao.audit.AuditPage;
import org.jixiao.audit.AuditQuery;
import org.jixiao.security.AuditAccess;
import org.jixiao.security.Caller;
import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.text.Message;
import org.jixiao.system.web.QueryParameters;
import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log, newest first; administrators only (enforced by {@link AuditAccess}). */
@RestController
class AuditController {

    static final int MAX_PAGE_SIZE = 500;

    private final AuditAccess audit;

    AuditController(AuditAccess audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit")
    Mono<AuditPage> find(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String entity,
            @RequestParam(required = false) String actor, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return audit.find(caller, Mono.fromCallable(() -> {
            QueryParameters.checkPage(page, size, MAX_PAGE_SIZE);
            if (from != null && to != null && !from.isBefore(to)) {
                throw InvalidInputException.invalid("to", Message.of("problem.field.after", "from"));
            }
            return new AuditQuery(QueryParameters.optional(entity), QueryParameters.optional(actor), from, to, page,
                    size);
        }));
    }
}
