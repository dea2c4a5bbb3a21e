package org.jixiao.light.web;

import java.util.Locale;

import org.jixiao.light.LightService;
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

    /** The project's light as of now, judged afresh, with the reasons behind it in the request's language. */
    @GetMapping("/api/v1/projects/{id}/status")
    Mono<StatusResponse> status(@AuthenticationPrincipal Caller caller, @PathVariable long id, Locale locale) {
        return statuses.status(caller, id).map(status -> StatusResponse.of(status, locale));
    }
}
