package org.jixiao.light.web;

import org.jixiao.light.LightService;
import org.jixiao.light.ProjectStatus;
import org.jixiao.security.Caller;
import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StatusController {

    private final LightService statuses;

    StatusController(LightService statuses) {
        this.statuses = statuses;
    }

    /** The project's light as of now, judged afresh, with the reasons behind it. */
    @GetMapping("/api/v1/projects/{id}/status")
    Mono<ProjectStatus> status(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return statuses.status(caller, id);
    }
}
