package org.jixiao.alert;

import java.net.URI;
import java.util.Map;

import org.jixiao.system.error.ConflictException;
import org.jixiao.system.text.Message;

/**
 * A second acknowledgement of the same firing. The first one stands, comment and all; the answer says whose it is
 * and when it was given, so that the second person knows whom to ask.
 */
public class AlertAlreadyAcknowledgedException extends ConflictException {

    public AlertAlreadyAcknowledgedException(long id, Alert.Acknowledgement first) {
        super(Message.of("problem.conflict.alert-acknowledged", id, first.by(), first.at()),
                URI.create("/api/v1/alerts/" + id), Map.of("acknowledgement", first));
    }
}
