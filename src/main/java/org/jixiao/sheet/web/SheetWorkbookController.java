package org.jixiao.sheet.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import org.jixiao.project.web.ProjectResponse;
import org.jixiao.project.web.ProjectWebMapper;
import org.jixiao.security.Caller;
import org.jixiao.sheet.workbook.SheetWorkbooks;
import org.jixiao.sheet.workbook.SheetWorkbooks.SheetPreview;
import org.jixiao.sheet.workbook.WorkbookProperties;
import org.jixiao.system.text.Messages;
import org.jixiao.system.web.QueryParameters;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.Part;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * Target-sheet workbooks (.xlsx): uploaded as the raw body or as the multipart part {@code file}; previewed without
 * storing; imported whole or not at all; and written back in the official layout. Workbook bodies are required, so
 * that a request without a body is matched by the JSON handler of the same path, not by two.
 */
@RestController
class SheetWorkbookController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SheetWorkbooks workbooks;
    private final ProjectWebMapper projectMapper;
    private final WorkbookProperties limits;

    SheetWorkbookController(SheetWorkbooks workbooks, ProjectWebMapper projectMapper, WorkbookProperties limits) {
        this.workbooks = workbooks;
        this.projectMapper = projectMapper;
        this.limits = limits;
    }

    @Operation(summary = "Import every worksheet of a target-sheet workbook, all or none")
    @PostMapping(path = "/api/v1/sheets", consumes = XLSX)
    Mono<ResponseEntity<List<ProjectResponse>>> importWorkbook(@AuthenticationPrincipal Caller caller,
            @RequestBody Flux<DataBuffer> body) {
        return imported(workbooks.importWorkbook(caller, WorkbookUploads.gather(body, limits)));
    }

    @Operation(summary = "Import every worksheet of a workbook sent as the multipart part 'file', all or none")
    @PostMapping(path = "/api/v1/sheets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<ResponseEntity<List<ProjectResponse>>> importWorkbookPart(@AuthenticationPrincipal Caller caller,
            @RequestPart("file") Part file) {
        return imported(workbooks.importWorkbook(caller, WorkbookUploads.gather(file.content(), limits)));
    }

    @Operation(summary = "Replace a project's sheet from a workbook of one worksheet; original targets are kept")
    @PutMapping(path = "/api/v1/projects/{id}/sheet", consumes = XLSX)
    Mono<ProjectResponse> replaceFromWorkbook(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestBody Flux<DataBuffer> body) {
        return workbooks.replaceFromWorkbook(caller, id, WorkbookUploads.gather(body, limits))
                .map(projectMapper::toResponse);
    }

    @Operation(summary = "What importing a workbook would store, warn and refuse; stores nothing")
    @PostMapping(path = "/api/v1/sheets/preview", consumes = XLSX)
    Mono<SheetPreviewResponse> previewWorkbook(@AuthenticationPrincipal Caller caller,
            @RequestBody Flux<DataBuffer> body, ServerWebExchange exchange) {
        return workbooks.previewWorkbook(caller, WorkbookUploads.gather(body, limits))
                .map(previews -> response(previews, exchange));
    }

    @Operation(summary = "What importing a workbook sent as the multipart part 'file' would do; stores nothing")
    @PostMapping(path = "/api/v1/sheets/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<SheetPreviewResponse> previewWorkbookPart(@AuthenticationPrincipal Caller caller,
            @RequestPart("file") Part file, ServerWebExchange exchange) {
        return workbooks.previewWorkbook(caller, WorkbookUploads.gather(file.content(), limits))
                .map(previews -> response(previews, exchange));
    }

    @Operation(summary = "What importing a JSON sheet would store, warn and refuse; stores nothing")
    @PostMapping(path = "/api/v1/sheets/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<SheetPreviewResponse> previewJson(@AuthenticationPrincipal Caller caller,
            @RequestBody(required = false) String body, ServerWebExchange exchange) {
        return workbooks.previewJson(caller, body).map(previews -> response(previews, exchange));
    }

    @Operation(summary = "The sheets of a fiscal year and/or department as one workbook (Accept: xlsx)")
    @GetMapping(path = "/api/v1/sheets", produces = XLSX)
    Mono<ResponseEntity<byte[]>> exportWorkbook(@AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) Integer fiscalYear, @RequestParam(required = false) String department) {
        String departmentCode = QueryParameters.optional(department);
        return workbooks.exportWorkbook(caller, fiscalYear, departmentCode)
                .map(file -> download(file, "sheets" + (fiscalYear == null ? "" : "-" + fiscalYear)
                        + (departmentCode == null ? "" : "-" + departmentCode)));
    }

    static ResponseEntity<byte[]> download(byte[] file, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XLSX))
                .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"")
                .body(file);
    }

    private Mono<ResponseEntity<List<ProjectResponse>>> imported(Mono<List<org.jixiao.project.Project>> stored) {
        return stored.map(projects -> ResponseEntity.status(HttpStatus.CREATED)
                .body(projects.stream().map(projectMapper::toResponse).toList()));
    }

    private static SheetPreviewResponse response(List<SheetPreview> previews, ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        List<SheetPreviewResponse.Sheet> sheets = previews.stream().map(preview -> sheet(preview, locale)).toList();
        return new SheetPreviewResponse(sheets.stream().allMatch(sheet -> sheet.problems().isEmpty()), sheets);
    }

    private static SheetPreviewResponse.Sheet sheet(SheetPreview preview, Locale locale) {
        var document = preview.document();
        var project = document.project();
        List<SheetPreviewResponse.Indicator> indicators = preview.assembled() == null ? List.of()
                : preview.assembled().indicators().stream()
                        .map(indicator -> new SheetPreviewResponse.Indicator(indicator.scope(), indicator.position(),
                                indicator.level1(), indicator.level2(), indicator.level3(), indicator.target()))
                        .toList();
        return new SheetPreviewResponse.Sheet(preview.worksheet(), document.fiscalYear(),
                project == null ? null : project.name(),
                project == null || project.department() == null ? null : project.department().code(),
                preview.existingProject(), indicators,
                preview.assembled() == null ? List.of() : preview.assembled().project().warnings(),
                preview.problems().stream().map(problem -> new SheetPreviewResponse.Problem(problem.field(),
                        Messages.render(problem.text(), locale))).toList());
    }
}
