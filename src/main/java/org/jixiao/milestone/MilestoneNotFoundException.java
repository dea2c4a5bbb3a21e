package org.jixiao.milestone;

import org.jixiao.system.error.NotFoundException;

public class MilestoneNotFoundException extends NotFoundException {

    public MilestoneNotFoundException(long id) {
        super("milestone " + id + " does not exist");
    }
}
