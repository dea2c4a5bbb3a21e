package org.jixiao.system.error;

/** The caller may see the thing but may not do this to it. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
