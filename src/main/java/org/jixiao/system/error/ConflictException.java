package org.jixiao.system.error;

import java.net.URI;

/** The request clashes with what is stored; {@code existing} names the resource it clashes with, if any. */
public class ConflictException extends RuntimeException {

    private final URI existing;

    public ConflictException(String message, URI existing) {
        super(message);
        this.existing = existing;
    }

    public URI existing() {
        return existing;
    }
}
