package org.jixiao.project.web;

import org.jixiao.project.ProjectQuery;
import org.jixiao.project.ProjectService;
import org.jixiao.security.Caller;
import org.jixiao.system.web.QueryParameters;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects")
class ProjectController {

    static final int MAX_PAGE_SIZE = 200;

    private final ProjectService projects;
    private final ProjectWebMapper mapper;

    ProjectController(ProjectService projects, ProjectWebMapper mapper) {
        this.projects = projects;
        this.mapper = mapper;
    }

    @GetMapping
    Mono<ProjectPageResponse> list(@AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) Integer fiscalYear,
            @RequestParam(required = false) String department, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        QueryParameters.checkPage(page, size, MAX_PAGE_SIZE);
        ProjectQuery query = new ProjectQuery(fiscalYear, QueryParameters.optional(department),
                QueryParameters.optional(q), page, size);
        return projects.find(caller, query).map(mapper::toResponse);
    }

    @GetMapping("/{id}")
    Mono<ProjectResponse> get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return projects.get(caller, id).map(mapper::toResponse);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> delete(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return projects.delete(caller, id);
    }
}
