package org.jixiao.schedule;

import reactor.core.publisher.Mono;

/**
 * A feature that follows the checks: the checks say what ran and what it found, and the listeners (alerts, metrics)
 * bring their own state up to date, so the checks depend on none of them. Listeners run in {@code @Order}.
 */
public interface CheckListener {

    /**
     * After the check's own work, as part of the check: a failure here fails the check, and its time counts in the
     * check's duration.
     */
    default Mono<Void> afterWork(Check check) {
        return Mono.empty();
    }

    /** Once the run is recorded, successful or not; a failure here is logged and does not change the outcome. */
    default Mono<Void> afterRun(CheckResult result) {
        return Mono.empty();
    }
}
