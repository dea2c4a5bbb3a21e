package org.jixiao.workbench;

import java.time.Clock;
import java.time.LocalDate;

import org.jixiao.security.AccessRules;
import org.jixiao.security.Caller;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The portfolio (总览): the projects a caller may see, by the same {@link AccessRules} as the project API, with their
 * lights and what needs attention.
 */
@Service
public class PortfolioService {

    private final PortfolioRepository portfolio;
    private final Clock clock;

    PortfolioService(PortfolioRepository portfolio, Clock clock) {
        this.portfolio = portfolio;
        this.clock = clock;
    }

    public Mono<PortfolioPage> find(Caller caller, PortfolioQuery query) {
        return portfolio.find(query, AccessRules.visibility(caller), LocalDate.now(clock));
    }

    public Mono<PortfolioChoices> choices(Caller caller) {
        return portfolio.choices(AccessRules.visibility(caller));
    }
}
