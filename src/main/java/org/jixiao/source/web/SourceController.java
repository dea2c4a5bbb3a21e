package org.jixiao.source.web;

import org.jixiao.security.Caller;
import org.jixiao.source.IndicatorSource;
import org.jixiao.source.SourceService;
import org.jixiao.source.SourceService.SourceRequest;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SourceController {

    private final SourceService sources;

    SourceController(SourceService sources) {
        this.sources = sources;
    }

    @PutMapping("/api/v1/indicators/{id}/source")
    Mono<IndicatorSource> bind(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestBody SourceRequest request) {
        return sources.bind(caller, id, request);
    }

    @GetMapping("/api/v1/indicators/{id}/source")
    Mono<IndicatorSource> get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return sources.get(caller, id);
    }

    @DeleteMapping("/api/v1/indicators/{id}/source")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> unbind(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return sources.unbind(caller, id);
    }
}
