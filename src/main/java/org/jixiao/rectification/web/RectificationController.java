package org.jixiao.rectification.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.jixiao.rectification.Rectification;
import org.jixiao.rectification.RectificationClosure;
import org.jixiao.rectification.RectificationFilter;
import org.jixiao.rectification.RectificationRequest;
import org.jixiao.rectification.RectificationService;
import org.jixiao.rectification.RectificationState;
import org.jixiao.rectification.RectificationUpdate;
import org.jixiao.security.Caller;
import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.text.Message;
import org.jixiao.system.web.QueryParameters;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Rectification items (问题整改): listing them, adding one by hand, changing and closing one. */
@RestController
class RectificationController {

    private final RectificationService rectifications;

    RectificationController(RectificationService rectifications) {
        this.rectifications = rectifications;
    }

    /**
     * Items of the projects the caller may see, soonest due first: {@code project}, {@code department},
     * {@code state}, {@code overdue}, {@code fiscalYear}.
     */
    @GetMapping("/api/v1/rectifications")
    Flux<Rectification> find(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long project,
            @RequestParam(required = false) String department, @RequestParam(required = false) String state,
            @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer fiscalYear) {
        return rectifications.find(caller, new RectificationFilter(project, QueryParameters.optional(department),
                state(state), overdue, fiscalYear));
    }

    @GetMapping("/api/v1/rectifications/{id}")
    Mono<Rectification> get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return rectifications.get(caller, id);
    }

    @PostMapping("/api/v1/rectifications")
    Mono<ResponseEntity<Rectification>> create(@AuthenticationPrincipal Caller caller,
            @RequestBody RectificationRequest request) {
        return rectifications.create(caller, request).map(created -> ResponseEntity
                .created(URI.create("/api/v1/rectifications/" + created.id())).body(created));
    }

    @PatchMapping("/api/v1/rectifications/{id}")
    Mono<Rectification> update(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestBody RectificationUpdate update) {
        return rectifications.update(caller, id, update);
    }

    @PostMapping("/api/v1/rectifications/{id}/closure")
    Mono<Rectification> close(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestBody RectificationClosure closure) {
        return rectifications.close(caller, id, closure);
    }

    private static RectificationState state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return RectificationState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            throw InvalidInputException.invalid("state", Message.of("problem.field.must-be-was",
                    Message.of("problem.type.one-of", List.of(RectificationState.values())), state));
        }
    }
}
