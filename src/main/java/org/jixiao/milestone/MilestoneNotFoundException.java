package org.jixiao.milestone;

import org.jixiao.system.error.NotFoundException;
import org.jixiao.system.text.Message;

public class MilestoneNotFoundException extends NotFoundException {

    public MilestoneNotFoundException(long id) {
        super(Message.of("problem.not-found.milestone", id));
    }
}
