package org.jixiao.evaluation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Before the service reports ready, freezes the evaluations that were finalized before snapshots were stored, so that
 * every FINAL evaluation reads from a snapshot. Finds nothing on every start after the first.
 */
@Component
@Order(1)
class EvaluationFreezer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EvaluationFreezer.class);

    private final EvaluationService evaluations;

    EvaluationFreezer(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long frozen = evaluations.freezeFinalWithoutSnapshot().block();
        if (frozen != null && frozen > 0) {
            log.warn("Froze {} evaluation(s) finalized before snapshots were stored, with today's figures;"
                    + " see the audit log (action freeze)", frozen);
        }
    }
}
