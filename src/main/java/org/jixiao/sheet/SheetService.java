package org.jixiao.sheet;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import org.jixiao.indicator.Indicator;
import org.jixiao.indicator.IndicatorReconciliation;
import org.jixiao.indicator.IndicatorRepository;
import org.jixiao.indicator.IndicatorScope;
import org.jixiao.indicator.TargetReader;
import org.jixiao.project.DuplicateProjectException;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectIdentity;
import org.jixiao.project.ProjectNotFoundException;
import org.jixiao.project.ProjectRepository;
import org.jixiao.sheet.SheetAssembler.AssembledSheet;
import org.jixiao.sheet.SheetReader.SheetReading;
import org.jixiao.system.error.FieldViolation;
import org.jixiao.system.error.InvalidInputException;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Imports, replaces and exports sheets. Every write is one transaction: a sheet is stored whole or not at all, and
 * a sheet that fails validation touches nothing.
 */
@Service
public class SheetService {

    private final SheetReader reader;
    private final SheetAssembler assembler;
    private final ProjectRepository projects;
    private final IndicatorRepository indicators;
    private final TargetReader targetReader;
    private final TransactionalOperator transaction;
    private final Clock clock;

    public SheetService(SheetReader reader, SheetAssembler assembler, ProjectRepository projects,
            IndicatorRepository indicators, TargetReader targetReader, TransactionalOperator transaction,
            Clock clock) {
        this.reader = reader;
        this.assembler = assembler;
        this.projects = projects;
        this.indicators = indicators;
        this.targetReader = targetReader;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Stores a new project from a sheet; a project with the same identity already stored is a conflict. */
    public Mono<Project> importSheet(String json) {
        return Mono.fromCallable(() -> prepare(json)).flatMap(sheet -> {
            ProjectIdentity identity = ProjectIdentity.of(sheet.project());
            return create(sheet, identity)
                    .as(transaction::transactional)
                    .onErrorResume(DataIntegrityViolationException.class, race -> conflictOrRethrow(identity, race));
        });
    }

    /** Replaces a project's sheet (a target adjustment), keeping indicator identities and original targets. */
    public Mono<Project> replaceSheet(long projectId, String json) {
        return Mono.fromCallable(() -> prepare(json)).flatMap(sheet -> {
            ProjectIdentity identity = ProjectIdentity.of(sheet.project());
            return replace(projectId, sheet, identity)
                    .as(transaction::transactional)
                    .onErrorResume(DataIntegrityViolationException.class, race -> conflictOrRethrow(identity, race));
        });
    }

    public Mono<SheetDocument> exportSheet(long projectId) {
        return projects.findById(projectId)
                .switchIfEmpty(Mono.error(() -> new ProjectNotFoundException(projectId)))
                .zipWith(indicators.findByProject(projectId, EnumSet.allOf(IndicatorScope.class)).collectList(),
                        assembler::export);
    }

    private AssembledSheet prepare(String json) {
        SheetReading reading = reader.read(json);
        List<FieldViolation> violations = SheetValidator.validate(reading.document());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations, false);
        }
        return assembler.assemble(reading.document(), reading.unknownKeys());
    }

    private Mono<Project> create(AssembledSheet sheet, ProjectIdentity identity) {
        String parsedWith = targetReader.parsedWith();
        return projects.findIdByIdentity(identity)
                .flatMap(existing -> Mono.<Long>error(new DuplicateProjectException(identity, existing)))
                .switchIfEmpty(Mono.defer(() -> projects.insert(sheet.project(), clock.instant())))
                .flatMap(id -> indicators.insertAll(id, sheet.indicators(), parsedWith)
                        .then(Mono.defer(() -> projects.findById(id))));
    }

    private Mono<Project> replace(long projectId, AssembledSheet sheet, ProjectIdentity identity) {
        String parsedWith = targetReader.parsedWith();
        return projects.lock(projectId)
                .switchIfEmpty(Mono.error(() -> new ProjectNotFoundException(projectId)))
                .then(projects.findIdByIdentity(identity))
                .filter(other -> other != projectId)
                .flatMap(other -> Mono.<Void>error(new DuplicateProjectException(identity, other)))
                .then(indicators.findByProject(projectId, EnumSet.allOf(IndicatorScope.class)).collectList())
                .flatMap(stored -> {
                    IndicatorReconciliation.Plan plan = IndicatorReconciliation.plan(stored, withProject(sheet,
                            projectId));
                    return projects.update(projectId, sheet.project(), clock.instant())
                            .then(indicators.deleteAll(plan.deletes()))
                            .then(indicators.updateAll(plan.updates(), parsedWith))
                            .then(indicators.insertAll(projectId, plan.inserts(), parsedWith));
                })
                .then(Mono.defer(() -> projects.findById(projectId)));
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
