package org.jixiao.security;

import org.jixiao.system.text.Message;
import org.jixiao.system.text.Messages;

import org.springframework.security.authentication.BadCredentialsException;

/** A bearer token this service does not accept, with why in words for any language. */
public class RejectedToken extends BadCredentialsException {

    private final transient Message text;

    RejectedToken(Message text) {
        super(Messages.render(text, Messages.ENGLISH));
        this.text = text;
    }

    public Message text() {
        return text;
    }
}
