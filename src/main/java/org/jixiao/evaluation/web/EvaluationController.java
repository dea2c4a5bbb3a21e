package org.jixiao.evaluation.web;

import java.util.Locale;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jixiao.evaluation.EvaluationRequest;
import org.jixiao.evaluation.EvaluationService;
import org.jixiao.evaluation.EvaluationView;
import org.jixiao.evaluation.export.EvaluationTables;
import org.jixiao.evaluation.export.ExportFormat;
import org.jixiao.evaluation.export.Table;
import org.jixiao.evaluation.export.TableWriters;
import org.jixiao.security.Caller;
import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.text.Message;
import org.jixiao.system.web.QueryParameters;
import reactor.core.publisher.Mono;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

/**
 * Self-evaluations: JSON by default; CSV or XLSX in the official table layout when {@code format=csv|xlsx} or the
 * {@code Accept} header asks for {@code text/csv} or the XLSX media type, labelled in the language of
 * {@code Accept-Language} (Chinese by default).
 */
@RestController
class EvaluationController {

    private final EvaluationService evaluations;

    EvaluationController(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @Operation(summary = "A project's self-evaluation: frozen when FINAL, else computed from today's data",
            description = "JSON, or the official table as CSV/XLSX (`format=csv|xlsx` or the Accept header).")
    @GetMapping("/api/v1/projects/{id}/evaluation/{fiscalYear}")
    Mono<ResponseEntity<?>> get(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @PathVariable int fiscalYear, @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Locale locale) {
        ExportFormat chosen = ExportFormat.of(format, accept);
        return evaluations.get(caller, id, fiscalYear).map(view -> answer(chosen, view,
                each -> EvaluationTables.project(each, locale), "evaluation-" + id + "-" + fiscalYear));
    }

    @Operation(summary = "Write the evaluator's inputs (weights, grades, overrides, deviations); 409 when FINAL")
    @PutMapping("/api/v1/projects/{id}/evaluation/{fiscalYear}")
    Mono<EvaluationView> update(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @PathVariable int fiscalYear, @RequestBody EvaluationRequest request) {
        return evaluations.update(caller, id, fiscalYear, request);
    }

    @Operation(summary = "Finalize (freeze) a self-evaluation",
            description = "Stores the figures and the score as of today; later payments, measurements, milestones or"
                    + " sheet changes no longer change it (the view shows them beside it under `live`). Before the"
                    + " fiscal year is over a `reason` is required (else 422 naming `reason`); after it the body may"
                    + " be left out. A FINAL evaluation answers 409.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @Content(
                    schema = @Schema(implementation = FinalizeRequest.class))))
    @PostMapping("/api/v1/projects/{id}/evaluation/{fiscalYear}/finalize")
    Mono<EvaluationView> finalizeEvaluation(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @PathVariable int fiscalYear, @RequestBody(required = false) FinalizeRequest request) {
        return evaluations.finalizeEvaluation(caller, id, fiscalYear, request == null ? null : request.reason());
    }

    @Operation(summary = "Reopen a finalized self-evaluation",
            description = "Drops the frozen figures: the evaluation is a draft computed from the data again. The"
                    + " `reason` is required and recorded in the audit log with the frozen total.")
    @PostMapping("/api/v1/projects/{id}/evaluation/{fiscalYear}/reopen")
    Mono<EvaluationView> reopen(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @PathVariable int fiscalYear, @RequestBody ReopenRequest request) {
        return evaluations.reopen(caller, id, fiscalYear, request.reason());
    }

    /** All projects of a year the caller may see, by score ({@code sort=score}, default) or {@code sort=name}. */
    @Operation(summary = "All self-evaluations of a year the caller may see, by score or by name",
            description = "JSON, or the list table as CSV/XLSX (`format=csv|xlsx` or the Accept header).")
    @GetMapping("/api/v1/evaluations/{fiscalYear}")
    Mono<ResponseEntity<?>> list(@AuthenticationPrincipal Caller caller, @PathVariable int fiscalYear,
            @RequestParam(required = false) String department, @RequestParam(defaultValue = "score") String sort,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Locale locale) {
        if (!sort.equals("score") && !sort.equals("name")) {
            return Mono.error(InvalidInputException.invalid("sort", Message.of("problem.field.must-be-either", "score", "name")));
        }
        ExportFormat chosen = ExportFormat.of(format, accept);
        return evaluations.list(caller, fiscalYear, QueryParameters.optional(department), sort.equals("name"))
                .map(views -> answer(chosen, views, list -> EvaluationTables.list(fiscalYear, list, locale),
                        "evaluations-" + fiscalYear));
    }

    private static <T> ResponseEntity<?> answer(ExportFormat format, T body, Function<T, Table> table, String file) {
        return switch (format) {
            case JSON -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
            case CSV -> download(TableWriters.csv(table.apply(body)), "text/csv;charset=UTF-8", file + ".csv");
            case XLSX -> download(TableWriters.xlsx(table.apply(body)), TableWriters.XLSX, file + ".xlsx");
        };
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, String type, String file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build()
                        .toString())
                .body(bytes);
    }

    /** Why the evaluation is finalized: required before the fiscal year is over, optional after. */
    record FinalizeRequest(@Schema(maxLength = 2000, example = "项目已于11月完工验收，提前定稿") String reason) {
    }

    /** Why a finalized evaluation opens again. */
    record ReopenRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000) String reason) {
    }
}
