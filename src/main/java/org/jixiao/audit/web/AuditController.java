package org.jixiao.audit.web;

import java.time.Instant;

import org.jixiao.audit.AuditLog;
import org.jixiao.audit.AuditPage;
import org.jixiao.audit.AuditQuery;
import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.web.QueryParameters;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log, newest first; administrators only (enforced by the security configuration). */
@RestController
class AuditController {

    static final int MAX_PAGE_SIZE = 500;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit")
    Mono<AuditPage> find(@RequestParam(required = false) String entity,
            @RequestParam(required = false) String actor, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        QueryParameters.checkPage(page, size, MAX_PAGE_SIZE);
        if (from != null && to != null && !from.isBefore(to)) {
            return Mono.error(InvalidInputException.invalid("to", "must be after 'from'"));
        }
        return audit.find(new AuditQuery(QueryParameters.optional(entity), QueryParameters.optional(actor), from, to,
                page, size));
    }
}
