package org.jixiao.indicator;

import org.jixiao.project.Project;
import org.jixiao.project.ProjectNotFoundException;
import org.jixiao.project.ProjectService;
import org.jixiao.security.Caller;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * An indicator as a caller may reach it: through its project's access rules. An indicator of a project the caller
 * may not see does not exist for it.
 */
@Component
public class IndicatorAccess {

    private final IndicatorRepository indicators;
    private final ProjectService projects;

    public IndicatorAccess(IndicatorRepository indicators, ProjectService projects) {
        this.indicators = indicators;
        this.projects = projects;
    }

    public Mono<Reached> visible(Caller caller, long indicatorId) {
        return find(indicatorId).flatMap(indicator -> projects.get(caller, indicator.projectId())
                .onErrorMap(ProjectNotFoundException.class, hidden -> new IndicatorNotFoundException(indicatorId))
                .map(project -> new Reached(indicator, project)));
    }

    /**
     * The indicator if the caller may change its project: forbidden before any lookup if its roles change no project,
     * not found if it may not see the project, forbidden if it may only look.
     */
    public Mono<Reached> writable(Caller caller, long indicatorId) {
        return ProjectService.checkMayChangeProjects(caller).then(find(indicatorId))
                .flatMap(indicator -> projects.getForWrite(caller, indicator.projectId())
                        .onErrorMap(ProjectNotFoundException.class, hidden -> new IndicatorNotFoundException(indicatorId))
                        .map(project -> new Reached(indicator, project)));
    }

    /** An indicator with the project it belongs to. */
    public record Reached(Indicator indicator, Project project) {
    }

    private Mono<Indicator> find(long indicatorId) {
        return indicators.findById(indicatorId)
                .switchIfEmpty(Mono.error(() -> new IndicatorNotFoundException(indicatorId)));
    }
}
