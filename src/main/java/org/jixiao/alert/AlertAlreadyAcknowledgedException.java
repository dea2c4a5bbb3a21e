package org.jixiao.alert;

import java.net.URI;
import java.util.Map;

import org.jixiao.system.error.ConflictException;

/**
 * A second acknowledgement of the same firing. The first one stands, comment and all; the answer says whose it is
 * and when it was given, so that the second person knows whom to ask.
 */
public class AlertAlreadyAcknowledgedException extends ConflictException {

    public AlertAlreadyAcknowledgedException(long id, Alert.Acknowledgement first) {
        super("alert " + id + " was already acknowledged by " + first.by() + " at " + first.at()
                + "; the first acknowledgement stands", URI.create("/api/v1/alerts/" + id),
                Map.of("acknowledgement", first));
    }
}
