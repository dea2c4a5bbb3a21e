package org.jixiao.system.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two bundles say the same things: every key in both (an English {@code .one} variant aside), every pattern
 * readable, Chinese patterns without English words and English ones without Chinese characters; and a message keeps
 * its shape through JSON, as stored reasons and alert facts need.
 */
class MessageBundlesTests {

    private static final Properties CHINESE = load("/messages.properties");
    private static final Properties ENGLISH = load("/messages_en.properties");

    /** A word of three or more Latin letters: English, in a Chinese text (names of formats and headers aside). */
    private static final Pattern ENGLISH_WORD = Pattern.compile(
            "(?<![A-Za-z])(?!(?:JSON|ASCII|Cookie|CSV|UTF|GBK)(?![A-Za-z]))[A-Za-z]{3,}");

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> english = new TreeSet<>(ENGLISH.stringPropertyNames());
        english.removeIf(key -> key.endsWith(".one"));
        assertThat(english).isEqualTo(new TreeSet<>(CHINESE.stringPropertyNames()));
    }

    /** Properties keep the last of two equal keys without a word, so one text would silently replace another. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/messages.properties", "/messages_en.properties"})
    void noKeyIsWrittenTwice(String resource) throws IOException {
        List<String> keys = new ArrayList<>();
        try (InputStream in = MessageBundlesTests.class.getResourceAsStream(resource)) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> keys.add(line.substring(0, line.indexOf('='))));
        }
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void everyEnglishOneVariantHasItsKey() {
        assertThat(ENGLISH.stringPropertyNames().stream().filter(key -> key.endsWith(".one"))
                .map(key -> key.substring(0, key.length() - ".one".length())))
                .allSatisfy(key -> assertThat(ENGLISH).containsKey(key));
    }

    static Stream<String> keys() {
        return CHINESE.stringPropertyNames().stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void everyPatternIsReadable(String key) {
        for (String pattern : new String[] {CHINESE.getProperty(key), ENGLISH.getProperty(key),
                ENGLISH.getProperty(key + ".one", "")}) {
            assertThat(new MessageFormat(pattern, Locale.ROOT).toPattern()).as(key).isNotNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void chinesePatternsHaveNoEnglishWords(String key) {
        Matcher word = ENGLISH_WORD.matcher(CHINESE.getProperty(key));
        assertThat(word.find() ? word.group() : null).as(CHINESE.getProperty(key)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void englishPatternsHaveNoChineseCharacters(String key) {
        assertThat(HAN.matcher(ENGLISH.getProperty(key)).find()).as(ENGLISH.getProperty(key)).isFalse();
        String one = ENGLISH.getProperty(key + ".one");
        if (one != null) {
            assertThat(HAN.matcher(one).find()).as(one).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void everyKeyRendersWithoutLeftoverPlaceholders(String key) {
        Object[] args = {"甲", "乙", "丙", "丁", "戊", "己", "庚"};
        Object[] one = {"1", "乙", "丙", "丁", "戊", "己", "庚"};
        for (Locale locale : new Locale[] {Messages.CHINESE, Messages.ENGLISH}) {
            for (Object[] arguments : new Object[][] {args, one}) {
                String rendered = Messages.render(Message.of(key, arguments), locale);
                assertThat(rendered).as(key).doesNotContain("{").doesNotContain("}").isNotBlank();
            }
        }
    }

    @Test
    void aLanguageOtherThanEnglishGetsChineseAndEnglishVariantsDoToo() {
        Message overdue = Message.of("light.deadline.overdue", "2025-10-31");
        assertThat(Messages.render(overdue, Locale.FRENCH)).isEqualTo("已逾期：截止 2025-10-31，尚未完成");
        assertThat(Messages.render(overdue, null)).isEqualTo("已逾期：截止 2025-10-31，尚未完成");
        assertThat(Messages.render(overdue, Locale.forLanguageTag("en-GB")))
                .isEqualTo("overdue: due 2025-10-31 and not met");
        assertThat(Messages.render(overdue, Locale.forLanguageTag("zh-TW"))).isEqualTo("已逾期：截止 2025-10-31，尚未完成");
    }

    @Test
    void argumentsAreNeverFormattedByLocale() {
        assertThat(Messages.render(Message.of("light.budget.no-budget", 2025), Messages.ENGLISH))
                .isEqualTo("no annual budget for 2025, so execution is not judged");
        assertThat(Messages.render(Message.of("unit.元", new java.math.BigDecimal("1234567.50")), Messages.ENGLISH))
                .isEqualTo("1234567.5 yuan");
    }

    @Test
    void anUnknownUnitStaysAsPrintedAndAVerbatimTextAsWritten() {
        assertThat(Messages.render(Message.of("unit.篇", "3"), Messages.ENGLISH)).isEqualTo("3篇");
        assertThat(Messages.render(Message.verbatim("it's {0} as written"), Messages.ENGLISH))
                .isEqualTo("it's {0} as written");
    }

    @Test
    void aMessageKeepsItsShapeThroughJson() {
        JsonMapper json = JsonMapper.builder().build();
        Message reason = Message.of("light.deadline.met-late", 5L, "2025-11-05",
                Message.of("light.deadline.due", "2025-10-31", "10月"));

        String written = json.writeValueAsString(reason);

        assertThat(written).isEqualTo("{\"key\":\"light.deadline.met-late\",\"args\":[\"5\",\"2025-11-05\","
                + "{\"key\":\"light.deadline.due\",\"args\":[\"2025-10-31\",\"10月\"]}]}");
        assertThat(json.readValue(written, Message.class)).isEqualTo(reason);
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTests.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return properties;
    }
}
