package org.jixiao.status.web;

import org.jixiao.security.Caller;
import org.jixiao.status.ProjectStatus;
import org.jixiao.status.StatusService;
import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StatusController {

    private final StatusService statuses;

    StatusController(StatusService statuses) {
        this.statuses = statuses;
    }

    /** The project's light as of now, judged afresh, with the reasons behind it. */
    @GetMapping("/api/v1/projects/{id}/status")
    Mono<ProjectStatus> status(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return statuses.status(caller, id);
    }
}
