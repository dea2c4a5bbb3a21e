package org.jixiao.indicator;

import java.util.List;

import org.jixiao.indicator.IndicatorRepository.StaleTarget;
import org.jixiao.indicator.grammar.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Keeps stored readings in step with the grammar: when the grammar version or the {@code N月前} policy changes,
 * every target read otherwise is read again from its original text, in batches.
 */
@Component
public class TargetRefresh {

    private static final Logger log = LoggerFactory.getLogger(TargetRefresh.class);
    private static final int BATCH_SIZE = 1_000;

    private final IndicatorRepository indicators;
    private final TargetReader targetReader;

    public TargetRefresh(IndicatorRepository indicators, TargetReader targetReader) {
        this.indicators = indicators;
        this.targetReader = targetReader;
    }

    public Mono<Long> refreshStale() {
        String parsedWith = targetReader.parsedWith();
        return indicators.findParsedOtherwise(parsedWith)
                .buffer(BATCH_SIZE)
                .concatMap(batch -> indicators.updateTargets(batch.stream().map(StaleTarget::id).toList(),
                        reread(batch), parsedWith))
                .reduce(0L, Long::sum)
                .doOnNext(count -> {
                    if (count > 0) {
                        log.info("Re-read {} stored targets with {}", count, parsedWith);
                    }
                });
    }

    private List<Target> reread(List<StaleTarget> batch) {
        return batch.stream()
                .map(stale -> targetReader.read(stale.text(), stale.fiscalYear(), stale.level2(), stale.level3()))
                .toList();
    }
}
