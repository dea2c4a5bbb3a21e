package org.jixiao.alert;

/** The part of a stored alert that reconciling needs. */
public record StoredAlert(long id, String identityKey, AlertKind kind, AlertState state, Severity severity,
        int notifyStep, int fireCount, AlertFacts facts) {
}
