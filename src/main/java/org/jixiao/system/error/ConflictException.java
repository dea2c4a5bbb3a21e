package org.jixiao.system.error;

import java.net.URI;
import java.util.Map;

import org.jixiao.system.text.Message;
import org.jixiao.system.text.Messages;

/**
 * The request clashes with what is stored; {@code existing} names the resource it clashes with, if any, and
 * {@code facts} says what about it the client needs to know (they become members of the problem answer).
 */
public class ConflictException extends RuntimeException {

    private final Message text;
    private final URI existing;
    private final Map<String, Object> facts;

    /** A text in English only, shown as written whatever language the caller asked for. */
    public ConflictException(String message, URI existing) {
        this(Message.verbatim(message), existing, Map.of());
    }

    public ConflictException(Message text, URI existing) {
        this(text, existing, Map.of());
    }

    public ConflictException(Message text, URI existing, Map<String, Object> facts) {
        super(Messages.render(text, Messages.ENGLISH));
        this.text = text;
        this.existing = existing;
        this.facts = Map.copyOf(facts);
    }

    /** What clashes, to be put into the caller's language. */
    public Message text() {
        return text;
    }

    public URI existing() {
        return existing;
    }

    public Map<String, Object> facts() {
        return facts;
    }
}
