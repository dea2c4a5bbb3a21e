package org.jixiao.workbench.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jixiao.light.Light;
import org.jixiao.security.Caller;
import org.jixiao.system.text.Messages;
import org.jixiao.system.web.QueryParameters;
import org.jixiao.workbench.PortfolioEntry;
import org.jixiao.workbench.PortfolioPage;
import org.jixiao.workbench.PortfolioQuery;
import org.jixiao.workbench.PortfolioService;
import org.jixiao.workbench.WorkbenchProperties;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 总览, the portfolio: the projects the person may see, filtered and paged. An htmx request (a filter changed, a page
 * link followed) gets only the list; anything else the whole page, so the page also works without JavaScript.
 */
@Controller
class OverviewController {

    private final PortfolioService portfolio;
    private final WorkbenchProperties properties;
    private final JsonMapper json;

    OverviewController(PortfolioService portfolio, WorkbenchProperties properties, JsonMapper json) {
        this.portfolio = portfolio;
        this.properties = properties;
        this.json = json;
    }

    @GetMapping("/")
    Mono<String> overview(@AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) Integer fiscalYear,
            @RequestParam(required = false) String department, @RequestParam(required = false) String light,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = PageEntryPoint.HTMX_REQUEST, required = false) String htmx, Locale locale,
            Model model) {
        QueryParameters.checkPage(page, properties.pageSize(), properties.pageSize());
        PortfolioQuery query = new PortfolioQuery(fiscalYear, QueryParameters.optional(department),
                parseLight(light).orElse(null), QueryParameters.optional(q), page, properties.pageSize());
        model.addAttribute("query", query);
        model.addAttribute("lights", Light.values());
        return portfolio.find(caller, query).zipWith(portfolio.choices(caller)).map(found -> {
            model.addAttribute("portfolio", found.getT1());
            model.addAttribute("choices", found.getT2());
            model.addAttribute("chart", chart(found.getT1(), locale));
            return htmx != null ? "overview :: portfolio" : "overview";
        });
    }

    /** An unknown light filters nothing, as an empty one does: the select offers only known ones. */
    private static Optional<Light> parseLight(String light) {
        if (light == null || light.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Light.valueOf(light.strip()));
        }
        catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** The chart's data for workbench.js: per project on the page, budget execution and time progress in percent. */
    private String chart(PortfolioPage page, Locale locale) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("projects", page.items().stream().map(PortfolioEntry::name).toList());
        chart.put("execution", page.items().stream().map(entry -> percent(entry.budgetExecution())).toList());
        chart.put("progress", page.items().stream().map(entry -> percent(entry.timeProgress())).toList());
        chart.put("executionLabel", Messages.text("page.column.execution", locale));
        chart.put("progressLabel", Messages.text("page.column.progress", locale));
        return json.writeValueAsString(chart);
    }

    private static BigDecimal percent(BigDecimal share) {
        return share == null ? null : share.movePointRight(2).stripTrailingZeros();
    }
}
