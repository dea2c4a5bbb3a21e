package org.jixiao.alert.delivery;

import org.jixiao.alert.AlertService;
import org.jixiao.security.Caller;
import reactor.core.publisher.Flux;

import org.springframework.stereotype.Service;

/** The messages of an alert, for a caller who may see the alert. */
@Service
public class DeliveryHistory {

    private final AlertService alerts;
    private final DeliveryClaims claims;

    DeliveryHistory(AlertService alerts, DeliveryClaims claims) {
        this.alerts = alerts;
        this.claims = claims;
    }

    /** Every message of the alert: sent, waiting, being retried, given up on or cancelled. */
    public Flux<Delivery> ofAlert(Caller caller, long alertId) {
        return alerts.get(caller, alertId).thenMany(claims.ofAlert(alertId));
    }
}
