package org.jixiao.project;

import org.jixiao.system.error.NotFoundException;
import org.jixiao.system.text.Message;

public class ProjectNotFoundException extends NotFoundException {

    public ProjectNotFoundException(long id) {
        super(Message.of("problem.not-found.project", id));
    }
}
