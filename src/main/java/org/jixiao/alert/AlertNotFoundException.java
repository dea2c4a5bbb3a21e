package org.jixiao.alert;

import org.jixiao.system.error.NotFoundException;

public class AlertNotFoundException extends NotFoundException {

    public AlertNotFoundException(long id) {
        super("alert " + id + " does not exist");
    }
}
