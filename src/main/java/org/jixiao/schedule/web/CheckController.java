package org.jixiao.schedule.web;

import java.util.List;

import org.jixiao.schedule.CheckResult;
import org.jixiao.schedule.CheckRunner;
import org.jixiao.schedule.CheckRunner.CheckRun;
import org.jixiao.security.Caller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The scheduled checks, for administrators (enforced by {@link CheckRunner}). */
@RestController
class CheckController {

    private final CheckRunner runner;

    CheckController(CheckRunner runner) {
        this.runner = runner;
    }

    /** Runs every check now, in order, and answers what each found. */
    @PostMapping("/api/v1/checks/run")
    Mono<List<CheckResult>> runAll(@AuthenticationPrincipal Caller caller) {
        return runner.runAll(caller);
    }

    @GetMapping("/api/v1/checks")
    Flux<CheckRun> lastRuns(@AuthenticationPrincipal Caller caller) {
        return runner.lastRuns(caller);
    }
}
