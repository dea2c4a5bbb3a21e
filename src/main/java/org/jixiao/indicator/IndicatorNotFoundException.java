package org.jixiao.indicator;

import org.jixiao.system.error.NotFoundException;

public class IndicatorNotFoundException extends NotFoundException {

    public IndicatorNotFoundException(long id) {
        super("indicator " + id + " does not exist");
    }
}
