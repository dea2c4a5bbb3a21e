package org.jixiao.alert.web;

import java.net.URI;

import org.jixiao.alert.silence.Silence;
import org.jixiao.alert.silence.SilenceRequest;
import org.jixiao.alert.silence.SilenceService;
import org.jixiao.security.Caller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SilenceController {

    private final SilenceService silences;

    SilenceController(SilenceService silences) {
        this.silences = silences;
    }

    @PostMapping("/api/v1/silences")
    Mono<ResponseEntity<Silence>> create(@AuthenticationPrincipal Caller caller,
            @RequestBody(required = false) SilenceRequest request) {
        return silences.create(caller, request).map(created -> ResponseEntity
                .created(URI.create("/api/v1/silences/" + created.id())).body(created));
    }

    /** Silences in force: all for an administrator, one's own for others. */
    @GetMapping("/api/v1/silences")
    Flux<Silence> active(@AuthenticationPrincipal Caller caller) {
        return silences.active(caller);
    }

    /** Ends the silence now. */
    @DeleteMapping("/api/v1/silences/{id}")
    Mono<ResponseEntity<Void>> expire(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return silences.expire(caller, id).thenReturn(ResponseEntity.noContent().build());
    }
}
