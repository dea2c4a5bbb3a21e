package org.jixiao.alert.subscription;

import java.util.List;

import org.jixiao.alert.AlertKind;
import org.jixiao.alert.Severity;
import org.jixiao.alert.delivery.ChannelType;

/** A checked subscription request, ready to store. */
record NewSubscription(String department, Long project, List<AlertKind> kinds, Severity minSeverity,
        ChannelType type, String address, String url, String secret, String language) {
}
