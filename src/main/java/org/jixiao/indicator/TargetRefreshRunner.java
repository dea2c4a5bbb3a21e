package org.jixiao.indicator;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Brings stored readings up to date before the service reports ready. */
@Component
@Order(1)
class TargetRefreshRunner implements ApplicationRunner {

    private final TargetRefresh refresh;

    TargetRefreshRunner(TargetRefresh refresh) {
        this.refresh = refresh;
    }

    @Override
    public void run(ApplicationArguments args) {
        refresh.refreshStale().block();
    }
}
