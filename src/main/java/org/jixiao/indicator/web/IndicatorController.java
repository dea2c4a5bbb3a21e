package org.jixiao.indicator.web;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.jixiao.indicator.Indicator;
import org.jixiao.indicator.IndicatorRepository;
import org.jixiao.indicator.IndicatorScope;
import org.jixiao.indicator.TargetReader;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectService;
import org.jixiao.security.Caller;
import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.text.Message;
import reactor.core.publisher.Flux;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class IndicatorController {

    private final ProjectService projects;
    private final IndicatorRepository indicators;
    private final TargetReader targetReader;

    IndicatorController(ProjectService projects, IndicatorRepository indicators, TargetReader targetReader) {
        this.projects = projects;
        this.indicators = indicators;
        this.targetReader = targetReader;
    }

    /** The annual indicators unless {@code scope=PERIOD} or {@code scope=ALL} is asked for. */
    @GetMapping("/api/v1/projects/{id}/indicators")
    Flux<IndicatorResponse> list(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestParam(defaultValue = "ANNUAL") String scope) {
        Set<IndicatorScope> scopes = scopes(scope);
        return projects.get(caller, id)
                .flatMapMany(project -> indicators.findByProject(id, scopes)
                        .map(indicator -> response(project, indicator)));
    }

    private IndicatorResponse response(Project project, Indicator indicator) {
        return new IndicatorResponse(indicator.id(), indicator.projectId(), indicator.scope(), indicator.position(),
                indicator.level1(), indicator.level2(), indicator.level3(), indicator.target(),
                indicator.adjusted() ? targetReader.read(indicator.originalTargetText(), project.fiscalYear(),
                        indicator.level2(), indicator.level3()) : null);
    }

    private static Set<IndicatorScope> scopes(String scope) {
        return switch (scope.strip().toUpperCase(Locale.ROOT)) {
            case "ANNUAL" -> EnumSet.of(IndicatorScope.ANNUAL);
            case "PERIOD" -> EnumSet.of(IndicatorScope.PERIOD);
            case "ALL" -> EnumSet.allOf(IndicatorScope.class);
            default -> throw InvalidInputException.invalid("scope",
                    Message.of("problem.field.must-be-any-was", "ANNUAL", "PERIOD", "ALL", String.valueOf(scope)));
        };
    }
}
