package org.jixiao.sheet.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jixiao.project.web.ProjectResponse;
import org.jixiao.security.Caller;
import org.jixiao.project.web.ProjectWebMapper;
import org.jixiao.sheet.SheetDocument;
import org.jixiao.sheet.SheetService;
import org.jixiao.sheet.workbook.SheetWorkbooks;
import reactor.core.publisher.Mono;

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
import org.springframework.web.bind.annotation.RestController;

/**
 * Sheets in and out. Bodies are taken as text so that the sheet reader, not the codec, decides what is wrong with
 * them and names the field.
 */
@RestController
class SheetController {

    private final SheetService sheets;
    private final ProjectWebMapper projectMapper;
    private final SheetWorkbooks workbooks;

    SheetController(SheetService sheets, ProjectWebMapper projectMapper, SheetWorkbooks workbooks) {
        this.sheets = sheets;
        this.workbooks = workbooks;
        this.projectMapper = projectMapper;
    }

    @Operation(summary = "Import one sheet in the interchange format", requestBody =
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = SheetDocument.class))))
    @PostMapping(path = "/api/v1/sheets", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<ProjectResponse>> importSheet(@AuthenticationPrincipal Caller caller,
            @RequestBody(required = false) String body) {
        return sheets.importSheet(caller, body).map(project -> ResponseEntity
                .created(URI.create("/api/v1/projects/" + project.id()))
                .body(projectMapper.toResponse(project)));
    }

    @Operation(summary = "Replace a project's sheet (target adjustment); original targets are kept",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = SheetDocument.class))))
    @PutMapping(path = "/api/v1/projects/{id}/sheet", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ProjectResponse> replaceSheet(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestBody(required = false) String body) {
        return sheets.replaceSheet(caller, id, body).map(projectMapper::toResponse);
    }

    /** One handler for both formats, so that a request without Accept (or {@code *}{@code /*}) still gets JSON. */
    @Operation(summary = "Export a project's sheet in the interchange format, or as a workbook (Accept: xlsx)")
    @GetMapping("/api/v1/projects/{id}/sheet")
    Mono<ResponseEntity<?>> exportSheet(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        if (accept != null && MediaType.parseMediaTypes(accept).stream()
                .anyMatch(type -> !type.isWildcardType() && WorkbookUploads.XLSX.includes(type))) {
            return workbooks.exportWorkbook(caller, id)
                    .map(file -> SheetWorkbookController.download(file, "sheet-" + id));
        }
        return sheets.exportSheet(caller, id).map(sheet -> ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON).body(sheet));
    }
}
