package org.jixiao.indicator;

import org.jixiao.system.error.NotFoundException;
import org.jixiao.system.text.Message;

public class IndicatorNotFoundException extends NotFoundException {

    public IndicatorNotFoundException(long id) {
        super(Message.of("problem.not-found.indicator", id));
    }
}
