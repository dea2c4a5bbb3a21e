package org.jixiao.security;

import org.jixiao.system.error.NotFoundException;

public class TokenNotFoundException extends NotFoundException {

    public TokenNotFoundException(long id) {
        super("token " + id + " does not exist");
    }
}
