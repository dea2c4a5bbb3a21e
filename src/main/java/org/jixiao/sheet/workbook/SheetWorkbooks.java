package org.jixiao.sheet.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.project.Project;
import org.jixiao.security.AccessRules;
import org.jixiao.security.Caller;
import org.jixiao.sheet.SheetAssembler.AssembledSheet;
import org.jixiao.sheet.SheetDocument;
import org.jixiao.sheet.SheetReader;
import org.jixiao.sheet.SheetReader.SheetReading;
import org.jixiao.sheet.SheetService;
import org.jixiao.sheet.SheetValidator;
import org.jixiao.system.error.FieldViolation;
import org.jixiao.system.error.ForbiddenException;
import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.text.Message;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Service;

/**
 * Target-sheet workbooks in and out. A workbook is read, every worksheet checked by the same validator as a JSON
 * sheet, and every violation named by its worksheet and cell; only then do the sheets go the way JSON sheets go
 * ({@link SheetService}), all in one transaction. Reading and writing a workbook is blocking work, kept off the
 * event loop.
 */
@Service
public class SheetWorkbooks {

    private final WorkbookReader reader;
    private final SheetReader jsonReader;
    private final SheetService sheets;
    private final WorkbookProperties limits;

    public SheetWorkbooks(WorkbookReader reader, SheetReader jsonReader, SheetService sheets,
            WorkbookProperties limits) {
        this.reader = reader;
        this.jsonReader = jsonReader;
        this.sheets = sheets;
        this.limits = limits;
    }

    /** Imports every worksheet as a new project, or none. */
    public Mono<List<Project>> importWorkbook(Caller caller, Mono<byte[]> file) {
        if (!AccessRules.canCreateProject(caller)) {
            return Mono.error(new ForbiddenException(Message.of("problem.forbidden.import")));
        }
        return read(file).map(SheetWorkbooks::checked).flatMap(readings -> sheets.importSheets(caller, readings));
    }

    /** Replaces a project's sheet from a workbook of exactly one worksheet, as a JSON replacement does. */
    public Mono<Project> replaceFromWorkbook(Caller caller, long projectId, Mono<byte[]> file) {
        return sheets.replaceSheet(caller, projectId, read(file).map(readings -> {
            if (readings.size() != 1) {
                throw InvalidInputException.invalid("body",
                        Message.of("problem.workbook.one-worksheet", readings.size()));
            }
            return checked(readings).getFirst();
        }));
    }

    /** What importing the workbook would store and what it would be warned or refused for; stores nothing. */
    public Mono<List<SheetPreview>> previewWorkbook(Caller caller, Mono<byte[]> file) {
        if (!AccessRules.canCreateProject(caller)) {
            return Mono.error(new ForbiddenException(Message.of("problem.forbidden.import")));
        }
        return read(file).flatMap(readings -> {
            Map<String, FieldViolation> duplicates = duplicates(readings);
            return Flux.fromIterable(readings)
                    .concatMap(reading -> preview(reading.worksheet(),
                            new SheetReading(reading.document(), List.of()), reading))
                    .map(preview -> duplicates.containsKey(preview.worksheet()) ? preview.withProblem(
                            duplicates.get(preview.worksheet())) : preview)
                    .collectList();
        });
    }

    /** The same for a sheet in the JSON format; problems are named by JSON field. */
    public Mono<List<SheetPreview>> previewJson(Caller caller, String json) {
        if (!AccessRules.canCreateProject(caller)) {
            return Mono.error(new ForbiddenException(Message.of("problem.forbidden.import")));
        }
        return Mono.fromCallable(() -> jsonReader.read(json))
                .flatMap(reading -> preview(null, reading, null))
                .map(List::of);
    }

    /** The sheets of a fiscal year and/or department that the caller may see, as one workbook. */
    public Mono<byte[]> exportWorkbook(Caller caller, Integer fiscalYear, String departmentCode) {
        return sheets.exportSheets(caller, fiscalYear, departmentCode, limits.maxWorksheets())
                .publishOn(Schedulers.boundedElastic())
                .map(WorkbookWriter::write);
    }

    public Mono<byte[]> exportWorkbook(Caller caller, long projectId) {
        return sheets.exportSheet(caller, projectId)
                .publishOn(Schedulers.boundedElastic())
                .map(sheet -> WorkbookWriter.write(List.of(sheet)));
    }

    private Mono<List<WorksheetReading>> read(Mono<byte[]> file) {
        return file.publishOn(Schedulers.boundedElastic()).map(reader::read);
    }

    private Mono<SheetPreview> preview(String worksheet, SheetReading reading, WorksheetReading cells) {
        List<FieldViolation> problems = new ArrayList<>(cells == null ? List.of() : cells.problems());
        List<FieldViolation> invalid = SheetValidator.validate(reading.document());
        problems.addAll(cells == null ? invalid : cells.located(invalid));
        if (!problems.isEmpty()) {
            return Mono.just(new SheetPreview(worksheet, reading.document(), null, null, problems));
        }
        AssembledSheet assembled = sheets.prepare(reading);
        return sheets.existingProject(assembled)
                .map(existing -> new SheetPreview(worksheet, reading.document(), assembled, existing,
                        List.of(new FieldViolation(cells == null ? "project.name"
                                : cells.located(new FieldViolation("project.name", "")).field(),
                                Message.of("problem.workbook.exists", existing)))))
                .defaultIfEmpty(new SheetPreview(worksheet, reading.document(), assembled, null, List.of()));
    }

    /** Every worksheet's problems, named by cell; refused whole when any worksheet has one. */
    private static List<SheetReading> checked(List<WorksheetReading> readings) {
        List<FieldViolation> problems = new ArrayList<>();
        for (WorksheetReading reading : readings) {
            problems.addAll(reading.problems());
            problems.addAll(reading.located(SheetValidator.validate(reading.document())));
        }
        problems.addAll(duplicates(readings).values());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems, false);
        }
        return readings.stream().map(reading -> new SheetReading(reading.document(), List.of())).toList();
    }

    /** Two worksheets of one workbook for the same project (year, department, name) cannot both be imported. */
    private static Map<String, FieldViolation> duplicates(List<WorksheetReading> readings) {
        Map<String, String> seen = new HashMap<>();
        Map<String, FieldViolation> duplicates = new java.util.LinkedHashMap<>();
        for (WorksheetReading reading : readings) {
            SheetDocument document = reading.document();
            if (document.project() == null || document.project().department() == null) {
                continue;
            }
            String identity = document.fiscalYear() + "|" + document.project().department().code() + "|"
                    + document.project().name();
            String first = seen.putIfAbsent(identity, reading.worksheet());
            if (first != null) {
                duplicates.put(reading.worksheet(), new FieldViolation(
                        reading.located(new FieldViolation("project.name", "")).field(),
                        Message.of("problem.workbook.duplicate", first)));
            }
        }
        return duplicates;
    }

    /**
     * One worksheet (or JSON sheet) as it would be imported: the sheet as read, the project and indicators with
     * their warnings when it is valid, the stored project it would collide with, and what would refuse it.
     */
    public record SheetPreview(String worksheet, SheetDocument document, AssembledSheet assembled,
            Long existingProject, List<FieldViolation> problems) {

        SheetPreview withProblem(FieldViolation problem) {
            List<FieldViolation> more = new ArrayList<>(problems);
            more.add(problem);
            return new SheetPreview(worksheet, document, assembled, existingProject, List.copyOf(more));
        }
    }
}
