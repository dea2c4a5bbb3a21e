package org.jixiao.milestone.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jixiao.milestone.Milestone;
import org.jixiao.milestone.MilestoneFilter;
import org.jixiao.milestone.MilestoneService.MilestoneRequest;
import org.jixiao.milestone.MilestoneService;
import org.jixiao.milestone.MilestoneState;
import org.jixiao.project.ProjectService;
import org.jixiao.security.Caller;
import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.text.Message;
import org.jixiao.system.web.QueryParameters;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MilestoneController {

    private final MilestoneService milestones;
    private final ProjectService projects;

    MilestoneController(MilestoneService milestones, ProjectService projects) {
        this.milestones = milestones;
        this.projects = projects;
    }

    @GetMapping("/api/v1/projects/{id}/milestones")
    Flux<Milestone> ofProject(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return projects.get(caller, id)
                .flatMapMany(project -> milestones.find(caller, new MilestoneFilter(id, null, null, null)));
    }

    /** Milestones across projects, soonest first: {@code state}, {@code dueBefore} (exclusive), {@code department}. */
    @GetMapping("/api/v1/milestones")
    Flux<Milestone> find(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String state,
            @RequestParam(required = false) LocalDate dueBefore, @RequestParam(required = false) String department) {
        return milestones.find(caller, new MilestoneFilter(null, state(state), dueBefore,
                QueryParameters.optional(department)));
    }

    @GetMapping("/api/v1/milestones/{id}")
    Mono<Milestone> get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return milestones.get(caller, id);
    }

    @PostMapping("/api/v1/projects/{id}/milestones")
    Mono<ResponseEntity<Milestone>> create(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestBody MilestoneRequest request) {
        return milestones.create(caller, id, request)
                .map(created -> ResponseEntity.created(URI.create("/api/v1/milestones/" + created.id())).body(created));
    }

    @PostMapping("/api/v1/milestones/{id}/completion")
    Mono<Milestone> complete(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestBody CompletionRequest request) {
        return milestones.complete(caller, id, request.completedAt(), request.evidence());
    }

    @PostMapping("/api/v1/milestones/{id}/waiver")
    Mono<Milestone> waive(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestBody WaiverRequest request) {
        return milestones.waive(caller, id, request.reason());
    }

    private static MilestoneState state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return MilestoneState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            throw InvalidInputException.invalid("state", Message.of("problem.field.must-be-was",
                    Message.of("problem.type.one-of", List.of(MilestoneState.values())), String.valueOf(state)));
        }
    }

    record CompletionRequest(LocalDate completedAt, String evidence) {
    }

    record WaiverRequest(String reason) {
    }
}
