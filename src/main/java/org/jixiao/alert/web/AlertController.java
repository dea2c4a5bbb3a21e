package org.jixiao.alert.web;

import java.util.List;
import java.util.Locale;

import org.jixiao.alert.AlertKind;
import org.jixiao.alert.AlertQuery;
import org.jixiao.alert.AlertService;
import org.jixiao.alert.AlertState;
import org.jixiao.alert.delivery.Delivery;
import org.jixiao.alert.delivery.DeliveryHistory;
import org.jixiao.security.Caller;
import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.text.Message;
import org.jixiao.system.web.QueryParameters;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AlertController {

    private static final int MAX_PAGE_SIZE = 500;

    private final AlertService alerts;
    private final DeliveryHistory deliveries;

    AlertController(AlertService alerts, DeliveryHistory deliveries) {
        this.alerts = alerts;
        this.deliveries = deliveries;
    }

    /** Alerts the caller may see, most recently changed first; details in the request's language. */
    @GetMapping("/api/v1/alerts")
    Flux<AlertResponse> find(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String state,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String department,
            @RequestParam(required = false) Long project, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size, Locale locale) {
        QueryParameters.checkPage(page, size, MAX_PAGE_SIZE);
        return alerts.find(caller, new AlertQuery(constant(AlertState.class, "state", state),
                constant(AlertKind.class, "kind", kind), QueryParameters.optional(department), project, page, size))
                .map(alert -> AlertResponse.of(alert, locale));
    }

    @GetMapping("/api/v1/alerts/{id}")
    Mono<AlertResponse> get(@AuthenticationPrincipal Caller caller, @PathVariable long id, Locale locale) {
        return alerts.get(caller, id).map(alert -> AlertResponse.of(alert, locale));
    }

    @GetMapping("/api/v1/alerts/{id}/deliveries")
    Flux<Delivery> deliveries(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return deliveries.ofAlert(caller, id);
    }

    @PostMapping("/api/v1/alerts/{id}/acknowledgement")
    Mono<AlertResponse> acknowledge(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestBody(required = false) AcknowledgementRequest request, Locale locale) {
        return alerts.acknowledge(caller, id, request == null ? null : QueryParameters.optional(request.comment()))
                .map(alert -> AlertResponse.of(alert, locale));
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            throw InvalidInputException.invalid(parameter, Message.of("problem.field.must-be-was",
                    Message.of("problem.type.one-of", List.of(type.getEnumConstants())), String.valueOf(value)));
        }
    }

    record AcknowledgementRequest(String comment) {
    }
}
