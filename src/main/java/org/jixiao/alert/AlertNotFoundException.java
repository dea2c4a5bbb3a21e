package org.jixiao.alert;

import org.jixiao.system.error.NotFoundException;
import org.jixiao.system.text.Message;

public class AlertNotFoundException extends NotFoundException {

    public AlertNotFoundException(long id) {
        super(Message.of("problem.not-found.alert", id));
    }
}
