package org.jixiao.round.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.jixiao.evaluation.export.ExportFormat;
import org.jixiao.round.ReportFilter;
import org.jixiao.round.ReportListItem;
import org.jixiao.round.ReportService;
import org.jixiao.round.ReportState;
import org.jixiao.round.ReportView;
import org.jixiao.round.Round;
import org.jixiao.round.RoundFilter;
import org.jixiao.round.RoundKind;
import org.jixiao.round.RoundRequest;
import org.jixiao.round.RoundService;
import org.jixiao.round.RoundSummary;
import org.jixiao.round.export.RoundTables;
import org.jixiao.security.Caller;
import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.text.Message;
import org.jixiao.system.web.QueryParameters;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Monitoring and self-evaluation rounds: dispatching one, listing them with their progress, and their reports. */
@RestController
class RoundController {

    private final RoundService rounds;

    private final ReportService reports;

    private final Clock clock;

    RoundController(RoundService rounds, ReportService reports, Clock clock) {
        this.rounds = rounds;
        this.reports = reports;
        this.clock = clock;
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

    /**
     * The round's reports the caller may see: {@code state}, {@code department}, {@code late}. As JSON, the list; as
     * XLSX ({@code format=xlsx} or the {@code Accept} header) one workbook with the round's summary and a sheet per
     * report in the official layout; as CSV the summary.
     */
    @GetMapping("/api/v1/rounds/{id}/reports")
    Mono<ResponseEntity<?>> reports(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestParam(required = false) String state, @RequestParam(required = false) String department,
            @RequestParam(required = false) Boolean late, @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Locale locale) {
        ExportFormat chosen = ExportFormat.of(format, accept);
        Flux<ReportListItem> items = rounds.reports(caller, id, new ReportFilter(parse("state", state,
                ReportState.class), QueryParameters.optional(department), late));
        if (chosen == ExportFormat.JSON) {
            return items.collectList().map(list -> Downloads.answer(chosen, list, List::of, null));
        }
        return rounds.get(caller, id).zipWith(views(caller, items))
                .map(both -> Downloads.answer(chosen, null, () -> RoundTables.workbook(both.getT1(), both.getT2(),
                        locale, clock.getZone()), "round-" + id));
    }

    /**
     * The round at a glance over the reports the caller may see: reports by state, late, lights, and a line per
     * report. JSON by default; XLSX or CSV ({@code format} or {@code Accept}) give the summary sheet of the round's
     * workbook.
     */
    @GetMapping("/api/v1/rounds/{id}/summary")
    Mono<ResponseEntity<?>> summary(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Locale locale) {
        ExportFormat chosen = ExportFormat.of(format, accept);
        return rounds.get(caller, id)
                .zipWith(views(caller, rounds.reports(caller, id, new ReportFilter(null, null, null))))
                .map(both -> Downloads.answer(chosen, RoundSummary.of(both.getT1(), both.getT2()),
                        () -> List.of(RoundTables.summary(both.getT1(), both.getT2(), locale, clock.getZone())),
                        "round-" + id + "-summary"));
    }

    /** Each report's form as its own GET reads it (live until approved, the snapshot after). */
    private Mono<List<ReportView>> views(Caller caller, Flux<ReportListItem> items) {
        return items.concatMap(item -> reports.get(caller, item.id())).collectList();
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
