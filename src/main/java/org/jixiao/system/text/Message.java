package org.jixiao.system.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A text for a person before it is put into words: a key of the message bundles ({@code messages.properties},
 * Chinese; {@code messages_en.properties}, English) and its arguments. Rules and checks say what they mean with a
 * message; the edge that knows the reader's language renders it ({@link Messages}). So a stored light reason can be
 * shown in Chinese to one reader and in English to another.
 * <p>
 * An argument is either text taken as it is (a name, a target as printed, a date, a number already in the right
 * unit) or another message, rendered in the same language. Numbers become their plain text here, so nothing is ever
 * formatted by locale (no "2,025" for a year). The record keeps this shape through JSON: a nested message reads back
 * from an object with a {@code key}.
 *
 * @param key the bundle key, e.g. {@code light.direct.below}
 * @param args the arguments, each a {@link String} or a {@link Message}
 */
public record Message(String key, List<Object> args) {

    /** The key of a text kept as it was written, in whatever language; for texts stored before messages existed. */
    public static final String VERBATIM = "verbatim";

    public Message {
        Objects.requireNonNull(key, "key");
        args = (args == null) ? List.of() : normalised(args);
    }

    /** A message with its arguments: texts, numbers (their plain text) and messages. */
    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** A text that is shown as it is, whatever the language. */
    public static Message verbatim(String text) {
        return new Message(VERBATIM, List.of(text == null ? "" : text));
    }

    private static List<Object> normalised(List<?> args) {
        List<Object> normalised = new ArrayList<>(args.size());
        for (Object arg : args) {
            normalised.add(normalised(arg));
        }
        return List.copyOf(normalised);
    }

    private static Object normalised(Object arg) {
        return switch (arg) {
            case null -> "";
            case String text -> text;
            case Message message -> message;
            case BigDecimal number -> plain(number);
            case Double number -> plain(BigDecimal.valueOf(number));
            case Float number -> plain(BigDecimal.valueOf(number.doubleValue()));
            case Map<?, ?> json when json.get("key") instanceof String key ->
                    new Message(key, json.get("args") instanceof List<?> list ? new ArrayList<Object>(list) : null);
            default -> arg.toString();
        };
    }

    private static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
