package org.jixiao.round.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.jixiao.round.ReportFilter;
import org.jixiao.round.ReportListItem;
import org.jixiao.round.ReportState;
import org.jixiao.round.Round;
import org.jixiao.round.RoundFilter;
import org.jixiao.round.RoundKind;
import org.jixiao.round.RoundRequest;
import org.jixiao.round.RoundService;
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

/** Monitoring rounds: dispatching one, listing them with their progress, and their reports. */
@RestController
class RoundController {

    private final RoundService rounds;

    RoundController(RoundService rounds) {
        this.rounds = rounds;
    }

    @PostMapping("/api/v1/rounds")
    Mono<ResponseEntity<Round>> create(@AuthenticationPrincipal Caller caller, @RequestBody RoundRequest request) {
        return rounds.create(caller, request)
                .map(created -> ResponseEntity.created(URI.create("/api/v1/rounds/" + created.id())).body(created));
    }

    /** Rounds the caller sees a report of, newest first: {@code kind}, {@code fiscalYear}, {@code department}. */
    @GetMapping("/api/v1/rounds")
    Flux<Round> find(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer fiscalYear, @RequestParam(required = false) String department) {
        return rounds.find(caller, new RoundFilter(null, parse("kind", kind, RoundKind.class), fiscalYear,
                QueryParameters.optional(department)));
    }

    @GetMapping("/api/v1/rounds/{id}")
    Mono<Round> get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return rounds.get(caller, id);
    }

    /** The round's reports the caller may see: {@code state}, {@code department}, {@code late}. */
    @GetMapping("/api/v1/rounds/{id}/reports")
    Flux<ReportListItem> reports(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestParam(required = false) String state, @RequestParam(required = false) String department,
            @RequestParam(required = false) Boolean late) {
        return rounds.reports(caller, id, new ReportFilter(parse("state", state, ReportState.class),
                QueryParameters.optional(department), late));
    }

    static <E extends Enum<E>> E parse(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            throw InvalidInputException.invalid(name, Message.of("problem.field.must-be-was",
                    Message.of("problem.type.one-of", List.of(type.getEnumConstants())), value));
        }
    }
}
