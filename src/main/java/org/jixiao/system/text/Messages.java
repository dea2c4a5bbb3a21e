package org.jixiao.system.text;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Puts {@link Message messages} into words from the bundles {@code messages.properties} (Chinese, the default) and
 * {@code messages_en.properties} (English). Plain Java, so that the rules' tests render reasons without Spring.
 * <p>
 * Any locale whose language is not English gets Chinese: the bundle never falls back to the JVM's own locale. An
 * English pattern may have a variant {@code <key>.one}, used when the first argument is exactly {@code 1} ("1 day",
 * "5 days"). A key the bundle lacks renders as its arguments would read: {@code unit.<unit>} as the number followed
 * by the unit as printed (so an unknown counting unit stays as the sheet printed it), {@code per.<unit>} as the unit,
 * {@link Message#VERBATIM} as its text.
 */
public final class Messages {

    /** The default language of every message. */
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final String BUNDLE = "messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** English when the locale's language is English; Chinese for anything else, including {@code null}. */
    public static Locale supported(Locale locale) {
        return (locale != null && ENGLISH.getLanguage().equals(locale.getLanguage())) ? ENGLISH : CHINESE;
    }

    public static boolean english(Locale locale) {
        return supported(locale) == ENGLISH;
    }

    /** The message in the language of {@code locale}. */
    public static String render(Message message, Locale locale) {
        if (message == null) {
            return null;
        }
        Locale language = supported(locale);
        ResourceBundle bundle = bundle(language);
        List<Object> args = message.args();
        String[] words = new String[args.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = (args.get(i) instanceof Message nested) ? render(nested, language) : (String) args.get(i);
        }
        String pattern = pattern(bundle, message.key(), words);
        if (pattern == null) {
            return missing(message.key(), words);
        }
        return new MessageFormat(pattern, language).format(words);
    }

    /** The bundle's text for {@code key} with {@code args}, in the language of {@code locale}. */
    public static String text(String key, Locale locale, Object... args) {
        return render(Message.of(key, args), locale);
    }

    private static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, language, Messages.class.getClassLoader(), NO_FALLBACK);
    }

    private static String pattern(ResourceBundle bundle, String key, String[] words) {
        if (words.length > 0 && "1".equals(words[0]) && bundle.containsKey(key + ".one")) {
            return bundle.getString(key + ".one");
        }
        try {
            return bundle.getString(key);
        }
        catch (MissingResourceException ex) {
            return null;
        }
    }

    private static String missing(String key, String[] words) {
        if (key.startsWith("unit.") && words.length == 1) {
            return words[0] + key.substring("unit.".length());
        }
        if (key.startsWith("per.")) {
            return key.substring("per.".length());
        }
        if (key.equals(Message.VERBATIM) && words.length == 1) {
            return words[0];
        }
        return key + (words.length == 0 ? "" : " " + String.join(", ", words));
    }
}
