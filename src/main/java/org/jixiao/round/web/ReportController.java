package org.jixiao.round.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jixiao.audit.AuditEvent;
import org.jixiao.evaluation.export.ExportFormat;
import org.jixiao.round.ReportService;
import org.jixiao.round.ReportUpdate;
import org.jixiao.round.ReportView;
import org.jixiao.round.export.ReportTables;
import org.jixiao.security.Caller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A round's report: the form, saving it, and the workflow (submission, return, approval, reopening), its history. */
@RestController
class ReportController {

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    /**
     * The report as JSON, or its form (执行监控表 or 自评表) in the official layout as XLSX or CSV
     * ({@code format=xlsx|csv} or the {@code Accept} header), labelled in the language of {@code Accept-Language}.
     */
    @GetMapping("/api/v1/reports/{id}")
    Mono<ResponseEntity<?>> get(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Locale locale) {
        ExportFormat chosen = ExportFormat.of(format, accept);
        return reports.get(caller, id).map(view -> Downloads.answer(chosen, view,
                () -> List.of(ReportTables.report(view, locale)), "report-" + id));
    }

    @PutMapping("/api/v1/reports/{id}")
    Mono<ReportView> update(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestBody ReportUpdate update) {
        return reports.update(caller, id, update);
    }

    @PostMapping("/api/v1/reports/{id}/submission")
    Mono<ReportView> submit(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return reports.submit(caller, id);
    }

    @PostMapping("/api/v1/reports/{id}/return")
    Mono<ReportView> returnToOwner(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestBody ReturnRequest request) {
        return reports.returnToOwner(caller, id, request.comment(), request.fields());
    }

    @PostMapping("/api/v1/reports/{id}/approval")
    Mono<ReportView> approve(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return reports.approve(caller, id);
    }

    @PostMapping("/api/v1/reports/{id}/reopening")
    Mono<ReportView> reopen(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestBody ReopenRequest request) {
        return reports.reopen(caller, id, request.reason());
    }

    /** Every transition and save, oldest first: who, when, from which state to which, with comments. */
    @GetMapping("/api/v1/reports/{id}/history")
    Flux<AuditEvent> history(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return reports.history(caller, id);
    }

    /** A reviewer's return: a comment for the whole report and/or comments per field ({@code indicators[2].measure}). */
    record ReturnRequest(String comment, Map<String, String> fields) {
    }

    record ReopenRequest(String reason) {
    }
}
