package org.jixiao.system;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/configuration.md lists every {@code jixiao.*} property the code binds, each with the default the code gives
 * it, and no property the code does not know. The properties are read from the {@code @ConfigurationProperties}
 * records (nested records and maps of records followed, a map key written {@code <name>}) and from
 * {@code @Value("${jixiao.…}")} placeholders.
 */
class ConfigurationPropertiesDocumentedTests {

    private static final Path CONFIGURATION_DOC = Path.of("docs", "configuration.md");
    private static final Path SOURCES = Path.of("src", "main", "java");

    /** A map key in a property name: {@code <name>}, {@code <code>}. */
    private static final String KEY = "<*>";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(jixiao\\.[a-z0-9.-]+)[:}]");
    private static final Pattern DOCUMENTED_NAME = Pattern.compile("`(jixiao\\.[^`\\s]+)`");

    @Test
    void everyPropertyIsDocumentedWithItsDefault() throws Exception {
        Map<String, Optional<String>> properties = properties();
        Map<String, String> rows = documentedRows();

        assertThat(properties).as("sanity: the properties were found").hasSizeGreaterThan(50);
        assertThat(rows.keySet()).as("jixiao.* properties missing from a table in docs/configuration.md")
                .containsAll(properties.keySet());
        assertThat(properties.keySet()).as("properties in docs/configuration.md that the code does not bind")
                .containsAll(rows.keySet());
        properties.forEach((name, defaultValue) -> defaultValue.ifPresent(value -> assertThat(rows.get(name))
                .as("the default of %s in docs/configuration.md", name)
                .contains(value.isEmpty() ? "empty" : "`" + value + "`")));
    }

    /** Every bound property with the default its record declares (empty when it declares none). */
    private static Map<String, Optional<String>> properties() throws Exception {
        Map<String, Optional<String>> properties = new TreeMap<>();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.jixiao")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
            String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
            if (prefix.startsWith("jixiao.")) {
                assertThat(type.isRecord()).as("%s is a record", type).isTrue();
                collect(prefix, type, properties);
            }
        }
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher placeholder = PLACEHOLDER.matcher(Files.readString(file));
                while (placeholder.find()) {
                    properties.putIfAbsent(placeholder.group(1), Optional.empty());
                }
            }
        }
        return properties;
    }

    private static void collect(String prefix, Class<?> record, Map<String, Optional<String>> properties)
            throws NoSuchMethodException {
        RecordComponent[] components = record.getRecordComponents();
        Constructor<?> canonical = record.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        Parameter[] parameters = canonical.getParameters();
        for (int i = 0; i < components.length; i++) {
            String name = prefix + "." + kebab(components[i].getName());
            Class<?> type = components[i].getType();
            if (type.isRecord()) {
                collect(name, type, properties);
            }
            else if (Map.class.isAssignableFrom(type)
                    && mapValue(components[i].getGenericType()) instanceof Class<?> value && value.isRecord()) {
                collect(name + "." + KEY, value, properties);
            }
            else {
                DefaultValue defaultValue = parameters[i].getAnnotation(DefaultValue.class);
                boolean declared = defaultValue != null && defaultValue.value().length > 0;
                properties.put(Map.class.isAssignableFrom(type) ? name + "." + KEY : name,
                        declared ? Optional.of(String.join(", ", defaultValue.value())) : Optional.empty());
            }
        }
    }

    private static Type mapValue(Type type) {
        return type instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[1] : null;
    }

    private static String kebab(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** Property name → the rest of its table row, for each {@code jixiao.*} name in the first cell of a row. */
    private static Map<String, String> documentedRows() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CONFIGURATION_DOC)) {
            if (!line.startsWith("|")) {
                continue;
            }
            List<String> cells = List.of(line.split("\\|", -1));
            if (cells.size() < 3) {
                continue;
            }
            Matcher name = DOCUMENTED_NAME.matcher(cells.get(1));
            while (name.find()) {
                String property = name.group(1).replaceAll("<[^>]+>", KEY);
                assertThat(rows.put(property, String.join("|", cells.subList(2, cells.size()))))
                        .as("%s is listed once in docs/configuration.md", property).isNull();
            }
        }
        return rows;
    }
}
