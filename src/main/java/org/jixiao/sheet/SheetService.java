package org.jixiao.sheet;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import org.jixiao.audit.AuditLog;
import org.jixiao.indicator.Indicator;
import org.jixiao.indicator.IndicatorReconciliation;
import org.jixiao.indicator.IndicatorRepository;
import org.jixiao.indicator.IndicatorScope;
import org.jixiao.indicator.TargetReader;
import org.jixiao.project.DuplicateProjectException;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectChange;
import org.jixiao.project.ProjectChanges;
import org.jixiao.project.ProjectIdentity;
import org.jixiao.project.ProjectNotFoundException;
import org.jixiao.project.ProjectQuery;
import org.jixiao.project.ProjectRepository;
import org.jixiao.project.ProjectService;
import org.jixiao.project.ProjectSummary;
import org.jixiao.security.AccessRules;
import org.jixiao.security.Caller;
import org.jixiao.sheet.SheetAssembler.AssembledSheet;
import org.jixiao.sheet.SheetReader.SheetReading;
import org.jixiao.system.error.FieldViolation;
import org.jixiao.system.error.ForbiddenException;
import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.text.Message;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Imports, replaces and exports sheets. Every write is one transaction: a sheet is stored whole or not at all, and
 * a sheet that fails validation touches nothing. Its milestones, lights and alerts follow in the same transaction.
 */
@Service
public class SheetService {

    private final SheetReader reader;
    private final SheetAssembler assembler;
    private final ProjectRepository projects;
    private final IndicatorRepository indicators;
    private final TargetReader targetReader;
    private final TransactionalOperator transaction;
    private final AuditLog audit;
    private final ProjectChanges projectChanges;
    private final Clock clock;

    public SheetService(SheetReader reader, SheetAssembler assembler, ProjectRepository projects,
            IndicatorRepository indicators, TargetReader targetReader, TransactionalOperator transaction,
            AuditLog audit, ProjectChanges projectChanges, Clock clock) {
        this.reader = reader;
        this.assembler = assembler;
        this.projects = projects;
        this.indicators = indicators;
        this.targetReader = targetReader;
        this.transaction = transaction;
        this.audit = audit;
        this.projectChanges = projectChanges;
        this.clock = clock;
    }

    /** Stores a new project from a sheet; a project with the same identity already stored is a conflict. */
    public Mono<Project> importSheet(Caller caller, String json) {
        if (!AccessRules.canCreateProject(caller)) {
            return Mono.error(new ForbiddenException(Message.of("problem.forbidden.import")));
        }
        return Mono.fromCallable(() -> prepare(reader.read(json))).flatMap(sheet -> {
            ProjectIdentity identity = ProjectIdentity.of(sheet.project());
            return create(caller, sheet, identity)
                    .as(transaction::transactional)
                    .onErrorResume(DataIntegrityViolationException.class, race -> conflictOrRethrow(identity, race));
        });
    }

    /**
     * Stores a new project for each sheet, all in one transaction: when one sheet is refused (invalid, or a project
     * with its identity exists) none is stored.
     */
    public Mono<List<Project>> importSheets(Caller caller, List<SheetReading> readings) {
        if (!AccessRules.canCreateProject(caller)) {
            return Mono.error(new ForbiddenException(Message.of("problem.forbidden.import")));
        }
        return Mono.fromCallable(() -> readings.stream().map(this::prepare).toList()).flatMap(prepared -> {
            List<ProjectIdentity> identities = prepared.stream().map(sheet -> ProjectIdentity.of(sheet.project()))
                    .toList();
            return Flux.range(0, prepared.size())
                    .concatMap(i -> create(caller, prepared.get(i), identities.get(i)))
                    .collectList()
                    .as(transaction::transactional)
                    .onErrorResume(DataIntegrityViolationException.class, race -> Flux.fromIterable(identities)
                            .concatMap(identity -> conflictOrRethrow(identity, race).onErrorResume(
                                    DataIntegrityViolationException.class, none -> Mono.empty()))
                            .next()
                            .then(Mono.<List<Project>>error(race)));
        });
    }

    /** The id of the stored project with the same identity as this sheet, if any. */
    public Mono<Long> existingProject(AssembledSheet sheet) {
        return projects.findIdByIdentity(ProjectIdentity.of(sheet.project()));
    }

    /** Replaces a project's sheet (a target adjustment), keeping indicator identities and original targets. */
    public Mono<Project> replaceSheet(Caller caller, long projectId, String json) {
        return replaceSheet(caller, projectId, Mono.fromCallable(() -> reader.read(json)));
    }

    /** The same, for a sheet read from elsewhere (a workbook); it is read only once the caller may change sheets. */
    public Mono<Project> replaceSheet(Caller caller, long projectId, Mono<SheetReading> reading) {
        return ProjectService.checkMayChangeProjects(caller).then(reading.map(SheetService::validated))
                // The stored department only fills in what the sheet leaves out; access is checked under the lock.
                .flatMap(valid -> projects.findById(projectId)
                        .map(stored -> assembler.assemble(valid.document(), valid.unknownKeys(),
                                stored.department()))
                        .switchIfEmpty(Mono.fromCallable(() -> assembler.assemble(valid.document(),
                                valid.unknownKeys()))))
                .flatMap(sheet -> {
                    ProjectIdentity identity = ProjectIdentity.of(sheet.project());
                    return replace(caller, projectId, sheet, identity)
                            .as(transaction::transactional)
                            .onErrorResume(DataIntegrityViolationException.class,
                                    race -> conflictOrRethrow(identity, race));
                });
    }

    public Mono<SheetDocument> exportSheet(Caller caller, long projectId) {
        return projects.findById(projectId)
                .filter(project -> AccessRules.canRead(caller, projectId, project.department().code()))
                .switchIfEmpty(Mono.error(() -> new ProjectNotFoundException(projectId)))
                .zipWith(indicators.findByProject(projectId, EnumSet.allOf(IndicatorScope.class)).collectList(),
                        assembler::export);
    }

    /** The sheets that the caller may see among those of a fiscal year and/or department, at most {@code limit}. */
    public Mono<List<SheetDocument>> exportSheets(Caller caller, Integer fiscalYear, String departmentCode,
            int limit) {
        ProjectQuery query = new ProjectQuery(fiscalYear, departmentCode, null, 0, limit + 1);
        return projects.find(query, AccessRules.visibility(caller)).flatMap(page -> {
            if (page.items().size() > limit) {
                return Mono.error(InvalidInputException.invalid("fiscalYear",
                        Message.of("problem.workbook.too-many-projects", limit)));
            }
            return Flux.fromIterable(page.items())
                    .concatMap(project -> indicators.findByProject(project.id(), EnumSet.allOf(IndicatorScope.class))
                            .collectList()
                            .map(found -> assembler.export(project, found)))
                    .collectList();
        });
    }

    /** A read sheet validated and turned into a project with indicators; refused whole when invalid. */
    public AssembledSheet prepare(SheetReading reading) {
        SheetReading valid = validated(reading);
        return assembler.assemble(valid.document(), valid.unknownKeys());
    }

    /** The sheet as read, once validated: a sheet that fails validation touches nothing. */
    private static SheetReading validated(SheetReading reading) {
        List<FieldViolation> violations = SheetValidator.validate(reading.document());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations, false);
        }
        return reading;
    }

    private Mono<Project> create(Caller caller, AssembledSheet sheet, ProjectIdentity identity) {
        String parsedWith = targetReader.parsedWith();
        return projects.findIdByIdentity(identity)
                .flatMap(existing -> Mono.<Long>error(new DuplicateProjectException(identity, existing)))
                .switchIfEmpty(Mono.defer(() -> projects.insert(sheet.project(), clock.instant())))
                .flatMap(id -> indicators.insertAll(id, sheet.indicators(), parsedWith)
                        .then(audit.record(caller.actor(), "import", "project", id, null,
                                ProjectSummary.of(sheet.project())))
                        .then(projectChanges.publish(ProjectChange.of(id, ProjectChange.Cause.SHEET)))
                        .then(Mono.defer(() -> projects.findById(id))));
    }

    private Mono<Project> replace(Caller caller, long projectId, AssembledSheet sheet, ProjectIdentity identity) {
        String parsedWith = targetReader.parsedWith();
        return projects.lock(projectId)
                .then(Mono.defer(() -> projects.findById(projectId)))
                .filter(project -> AccessRules.canRead(caller, projectId, project.department().code()))
                .switchIfEmpty(Mono.error(() -> new ProjectNotFoundException(projectId)))
                .flatMap(existing -> checkReplacement(caller, existing, identity))
                .flatMap(existing -> indicators.findByProject(projectId, EnumSet.allOf(IndicatorScope.class))
                        .collectList()
                        .flatMap(stored -> {
                            IndicatorReconciliation.Plan plan = IndicatorReconciliation.plan(stored,
                                    withProject(sheet, projectId));
                            TargetChanges changes = TargetChanges.between(stored, plan);
                            return projects.update(projectId, sheet.project(), clock.instant())
                                    .then(indicators.deleteAll(plan.deletes()))
                                    .then(indicators.updateAll(plan.updates(), parsedWith))
                                    .then(indicators.insertAll(projectId, plan.inserts(), parsedWith))
                                    .then(audit.record(caller.actor(), "replace-sheet", "project", projectId,
                                            ProjectSummary.of(existing, changes.before()),
                                            ProjectSummary.of(sheet.project(), changes.after())));
                        }))
                .then(projectChanges.publish(ProjectChange.of(projectId, ProjectChange.Cause.SHEET)))
                .then(Mono.defer(() -> projects.findById(projectId)));
    }

    /** The caller may see the project; may it also change it like this? */
    private Mono<Project> checkReplacement(Caller caller, Project existing, ProjectIdentity identity) {
        if (!AccessRules.canWriteProject(caller, existing.id())) {
            return Mono.error(new ForbiddenException(
                    Message.of("problem.forbidden.sheet-not-assigned", existing.id())));
        }
        if (!existing.department().code().equals(identity.departmentCode()) && !AccessRules.canMoveProject(caller)) {
            return Mono.error(new ForbiddenException(Message.of("problem.forbidden.move-department")));
        }
        return projects.findIdByIdentity(identity)
                .filter(other -> other != existing.id())
                .flatMap(other -> Mono.<Project>error(new DuplicateProjectException(identity, other)))
                .defaultIfEmpty(existing);
    }

    private static List<Indicator> withProject(AssembledSheet sheet, long projectId) {
        return sheet.indicators().stream()
                .map(indicator -> new Indicator(null, projectId, indicator.scope(), indicator.position(),
                        indicator.level1(), indicator.level2(), indicator.level3(), indicator.target(),
                        indicator.originalTargetText()))
                .toList();
    }

    /** Two writers raced past the identity check; the loser hears which project won. */
    private Mono<Project> conflictOrRethrow(ProjectIdentity identity, DataIntegrityViolationException race) {
        return projects.findIdByIdentity(identity)
                .flatMap(existing -> Mono.<Project>error(new DuplicateProjectException(identity, existing)))
                .switchIfEmpty(Mono.error(race));
    }
}
