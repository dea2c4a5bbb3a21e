package org.jixiao.security;

import org.jixiao.system.error.NotFoundException;
import org.jixiao.system.text.Message;

public class TokenNotFoundException extends NotFoundException {

    public TokenNotFoundException(long id) {
        super(Message.of("problem.not-found.token", id));
    }
}
