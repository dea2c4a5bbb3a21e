package org.jixiao.measurement;

import java.time.Clock;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jixiao.audit.AuditLog;
import org.jixiao.indicator.Indicator;
import org.jixiao.indicator.IndicatorAccess;
import org.jixiao.indicator.IndicatorRepository;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectChange;
import org.jixiao.project.ProjectChanges;
import org.jixiao.project.ProjectRepository;
import org.jixiao.project.ProjectService;
import org.jixiao.security.AccessRules;
import org.jixiao.security.Caller;
import org.jixiao.system.error.ForbiddenException;
import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.error.Violations;
import org.jixiao.system.text.Message;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/** Actual values: one at a time, or many from a CSV upload that is stored whole or not at all. */
@Service
public class MeasurementService {

    static final int MAX_BULK_ROWS = 10_000;

    private final MeasurementRepository measurements;
    private final IndicatorRepository indicators;
    private final IndicatorAccess indicatorAccess;
    private final ProjectRepository projectRepository;
    private final AuditLog audit;
    private final ProjectChanges changes;
    private final TransactionalOperator transaction;
    private final Clock clock;

    public MeasurementService(MeasurementRepository measurements, IndicatorRepository indicators,
            IndicatorAccess indicatorAccess, ProjectRepository projectRepository, AuditLog audit,
            ProjectChanges changes, TransactionalOperator transaction, Clock clock) {
        this.measurements = measurements;
        this.indicators = indicators;
        this.indicatorAccess = indicatorAccess;
        this.projectRepository = projectRepository;
        this.audit = audit;
        this.changes = changes;
        this.transaction = transaction;
        this.clock = clock;
    }

    public Flux<Measurement> list(Caller caller, long indicatorId) {
        return indicatorAccess.visible(caller, indicatorId)
                .flatMapMany(indicator -> measurements.findByIndicator(indicatorId));
    }

    public Mono<Measurement> record(Caller caller, long indicatorId, MeasurementInput input) {
        return indicatorAccess.writable(caller, indicatorId)
                .flatMap(reached -> {
                    Violations violations = new Violations();
                    Optional<NewMeasurement> checked = MeasurementChecks.check(reached.indicator(),
                            reached.project().fiscalYear(), input, MeasurementSource.MANUAL, clock.instant(),
                            clock.getZone(), violations);
                    violations.throwIfAny();
                    return store(caller, List.of(checked.orElseThrow())).next();
                })
                .as(transaction::transactional);
    }

    /**
     * Stores every row of a CSV upload or none. Columns: {@code value} and either {@code indicatorId}, or
     * {@code indicator} (the level-3 name) with {@code projectId} or {@code project} (its name, with
     * {@code fiscalYear} when names repeat across years); optional {@code observedAt}, {@code note},
     * {@code evidenceUrl}. Every bad row is reported with its line number. The bytes may be UTF-8 or GBK (see
     * {@link CsvEncoding}); {@code declared} is the charset the sender named, or null.
     */
    public Mono<BulkRecording> recordAll(Caller caller, byte[] csv, Charset declared) {
        return ProjectService.checkMayChangeProjects(caller)
                .then(Mono.fromCallable(() -> CsvEncoding.decode(csv, declared)))
                .flatMap(decoded -> Mono.fromCallable(() -> CsvTable.parse(decoded.text()))
                        .flatMap(table -> {
                            checkShape(table);
                            return resolveAndCheck(caller, table);
                        })
                        .flatMap(rows -> store(caller, rows).collectList())
                        .map(stored -> new BulkRecording(stored, decoded.encoding())))
                .as(transaction::transactional);
    }

    /** What a CSV upload stored, and the encoding its bytes were read in. */
    public record BulkRecording(List<Measurement> measurements, String encoding) {
    }

    /**
     * Writes checked measurements, records them in the audit log and has the lights and alerts of their projects
     * follow; the caller supplies the transaction.
     */
    public Flux<Measurement> store(Caller caller, List<NewMeasurement> rows) {
        return measurements.insertAll(rows, caller.actor(), clock.instant()).collectList()
                .flatMapMany(stored -> audit.record(caller.actor(), rows.size() == 1 ? "record" : "record-bulk",
                                "measurement", stored.size() == 1 ? stored.getFirst().id() : null, null,
                                Map.of("count", stored.size(), "indicators", stored.stream()
                                        .map(Measurement::indicatorId).distinct().sorted().toList()))
                        .then(changes.publish(ProjectChange.of(rows.stream().map(NewMeasurement::projectId)
                                .collect(Collectors.toSet()), ProjectChange.Cause.MEASUREMENT)))
                        .thenMany(Flux.fromIterable(stored)));
    }

    private static void checkShape(CsvTable table) {
        if (!table.hasColumn("value")) {
            throw InvalidInputException.invalid("lines[1]", Message.of("problem.csv.no-value-column", "value"));
        }
        boolean byId = table.hasColumn("indicatorId");
        boolean byName = table.hasColumn("indicator") && (table.hasColumn("projectId") || table.hasColumn("project"));
        if (!byId && !byName) {
            throw InvalidInputException.invalid("lines[1]", Message.of("problem.csv.no-indicator-columns",
                    "indicatorId", "indicator", "projectId", "project"));
        }
        if (table.rows().isEmpty()) {
            throw InvalidInputException.invalid("body", Message.of("problem.csv.no-rows"));
        }
        if (table.rows().size() > MAX_BULK_ROWS) {
            throw InvalidInputException.invalid("body", Message.of("problem.csv.too-many-rows", table.rows().size(),
                    MAX_BULK_ROWS));
        }
    }

    private Mono<List<NewMeasurement>> resolveAndCheck(Caller caller, CsvTable table) {
        Violations violations = new Violations();
        Set<Long> indicatorIds = new HashSet<>();
        Set<Long> projectIds = new HashSet<>();
        Set<String> projectNames = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            longCell(row, "indicatorId", violations).ifPresent(indicatorIds::add);
            longCell(row, "projectId", violations).ifPresent(projectIds::add);
            if (row.get("project") != null) {
                projectNames.add(row.get("project"));
            }
        }
        Mono<List<Project>> named = projectRepository.findByNames(projectNames)
                .filter(project -> AccessRules.canRead(caller, project.id(), project.department().code()))
                .collectList();
        return named.flatMap(namedProjects -> {
            namedProjects.forEach(project -> projectIds.add(project.id()));
            return indicators.findAnnual(indicatorIds, projectIds).collectList()
                    .flatMap(found -> projectRepository.findByIds(found.stream().map(Indicator::projectId)
                                    .collect(Collectors.toSet()))
                            .filter(project -> AccessRules.canRead(caller, project.id(), project.department().code()))
                            .collectList()
                            .map(visible -> check(caller, table, namedProjects, found, visible, violations)));
        });
    }

    private List<NewMeasurement> check(Caller caller, CsvTable table, List<Project> named, List<Indicator> found,
            List<Project> visible, Violations violations) {
        Map<Long, Project> visibleById = new HashMap<>();
        visible.forEach(project -> visibleById.put(project.id(), project));
        Map<Long, Indicator> byId = new HashMap<>();
        found.forEach(indicator -> byId.put(indicator.id(), indicator));
        Instant now = clock.instant();
        List<NewMeasurement> rows = new ArrayList<>();
        Set<Integer> forbiddenLines = new TreeSet<>();
        for (CsvTable.Row row : table.rows()) {
            Violations line = violations.under("lines[" + row.line() + "].");
            Indicator indicator = resolve(row, byId, found, named, line);
            if (indicator == null) {
                continue;
            }
            Project project = visibleById.get(indicator.projectId());
            if (project == null) {
                line.add("indicator", Message.of("problem.csv.no-indicator"));
                continue;
            }
            if (!AccessRules.canWriteProject(caller, project.id())) {
                forbiddenLines.add(row.line());
                continue;
            }
            MeasurementChecks.check(indicator, project.fiscalYear(),
                    new MeasurementInput(row.get("value"), false, row.get("observedAt"), row.get("note"),
                            row.get("evidenceUrl")),
                    MeasurementSource.BULK, now, clock.getZone(), line).ifPresent(rows::add);
        }
        if (!forbiddenLines.isEmpty()) {
            throw new ForbiddenException(Message.of("problem.forbidden.measurement-lines", forbiddenLines));
        }
        violations.throwIfAny();
        return rows;
    }

    private static Indicator resolve(CsvTable.Row row, Map<Long, Indicator> byId, List<Indicator> found,
            List<Project> named, Violations line) {
        String idCell = row.get("indicatorId");
        if (idCell != null) {
            Indicator indicator = parseLong(idCell) == null ? null : byId.get(parseLong(idCell));
            if (indicator == null) {
                line.add("indicatorId", Message.of("problem.csv.no-annual-indicator", idCell));
            }
            return indicator;
        }
        String name = row.get("indicator");
        if (name == null) {
            line.add("indicator", Message.of("problem.csv.indicator-required", "indicatorId"));
            return null;
        }
        Long projectId = parseLong(row.get("projectId"));
        if (projectId == null) {
            String projectName = row.get("project");
            String year = row.get("fiscalYear");
            List<Project> candidates = named.stream().filter(project -> project.name().equals(projectName))
                    .filter(project -> year == null || String.valueOf(project.fiscalYear()).equals(year)).toList();
            if (candidates.size() != 1) {
                line.add("project", candidates.isEmpty()
                        ? Message.of("problem.csv.no-project", projectName)
                        : Message.of("problem.csv.ambiguous-project", projectName, candidates.size(), "fiscalYear"));
                return null;
            }
            projectId = candidates.getFirst().id();
        }
        long project = projectId;
        List<Indicator> matches = found.stream()
                .filter(indicator -> indicator.projectId() == project && indicator.level3().equals(name.strip()))
                .toList();
        if (matches.size() != 1) {
            line.add("indicator", matches.isEmpty()
                    ? Message.of("problem.csv.no-named-indicator", project, name)
                    : Message.of("problem.csv.ambiguous-indicator", project, matches.size(), name, "indicatorId"));
            return null;
        }
        return matches.getFirst();
    }

    private static Optional<Long> longCell(CsvTable.Row row, String column, Violations violations) {
        String cell = row.get(column);
        if (cell == null) {
            return Optional.empty();
        }
        Long value = parseLong(cell);
        if (value == null) {
            violations.add("lines[" + row.line() + "]." + column,
                    Message.of("problem.field.must-be", Message.of("problem.type.whole-number")));
        }
        return Optional.ofNullable(value);
    }

    private static Long parseLong(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }
}
