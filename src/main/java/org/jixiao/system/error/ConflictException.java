package org.jixiao.system.error;

import java.net.URI;
import java.util.Map;

/**
 * The request clashes with what is stored; {@code existing} names the resource it clashes with, if any, and
 * {@code facts} says what about it the client needs to know (they become members of the problem answer).
 */
public class ConflictException extends RuntimeException {

    private final URI existing;
    private final Map<String, Object> facts;

    public ConflictException(String message, URI existing) {
        this(message, existing, Map.of());
    }

    public ConflictException(String message, URI existing, Map<String, Object> facts) {
        super(message);
        this.existing = existing;
        this.facts = Map.copyOf(facts);
    }

    public URI existing() {
        return existing;
    }

    public Map<String, Object> facts() {
        return facts;
    }
}
