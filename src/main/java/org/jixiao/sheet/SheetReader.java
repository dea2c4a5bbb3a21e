package org.jixiao.sheet;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jixiao.project.ProjectWarning;
import org.jixiao.system.JsonErrors;
import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.error.StorableText;
import org.jixiao.system.text.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Reads a sheet from JSON text. Syntax and type errors are refused with the path of the offending field; keys the
 * format does not define are ignored and reported as warnings, so sheets written by other tools still import.
 */
@Component
public class SheetReader {

    private final JsonMapper jsonMapper;
    private final ObjectReader documentReader;

    public SheetReader(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
        this.documentReader = jsonMapper.readerFor(SheetDocument.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    public SheetReading read(String json) {
        if (json == null || json.isBlank()) {
            throw InvalidInputException.malformed("body", Message.of("problem.sheet.empty"));
        }
        JsonNode tree;
        try {
            tree = jsonMapper.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(json);
        }
        catch (JacksonException ex) {
            throw InvalidInputException.malformed(JsonErrors.fieldOf(ex, "body"),
                    Message.of("problem.field.not-json", ex.getOriginalMessage() + locationOf(ex)));
        }
        if (tree == null || !tree.isObject()) {
            throw InvalidInputException.malformed("body", Message.of("problem.sheet.not-object"));
        }
        List<ProjectWarning> unknownKeys = new ArrayList<>();
        collectUnknownKeys(tree, SheetDocument.class, "", unknownKeys);
        try {
            return new SheetReading(documentReader.readValue(tree), unknownKeys);
        }
        catch (MismatchedInputException ex) {
            throw InvalidInputException.malformed(JsonErrors.fieldOf(ex, "body"), JsonErrors.mismatch(ex));
        }
        catch (JacksonException ex) {
            throw InvalidInputException.malformed(JsonErrors.fieldOf(ex, "body"),
                    Message.of("problem.field.unreadable-because", ex.getOriginalMessage()));
        }
    }

    /** Walks the JSON tree beside the records that define the format, noting every key they do not have. */
    private static void collectUnknownKeys(JsonNode node, Type type, String path, List<ProjectWarning> unknown) {
        if (node == null || node.isNull()) {
            return;
        }
        if (type instanceof ParameterizedType list && node.isArray()) {
            Type element = list.getActualTypeArguments()[0];
            for (int i = 0; i < node.size(); i++) {
                collectUnknownKeys(node.get(i), element, path + "[" + i + "]", unknown);
            }
            return;
        }
        if (!(type instanceof Class<?> recordType) || !recordType.isRecord() || !node.isObject()) {
            return;
        }
        Map<String, RecordComponent> components = Arrays.stream(recordType.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, component -> component));
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            String childPath = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
            RecordComponent component = components.get(property.getKey());
            if (component == null) {
                // The key is kept in the project's warnings, so it must be storable text like any value.
                StorableText.problem(property.getKey()).ifPresent(problem -> {
                    throw InvalidInputException.malformed(path.isEmpty() ? "body" : path,
                            Message.of("problem.sheet.key", problem));
                });
                unknown.add(new ProjectWarning("UNKNOWN_KEY", childPath,
                        "ignored: the sheet format does not define this key"));
            }
            else {
                collectUnknownKeys(property.getValue(), component.getGenericType(), childPath, unknown);
            }
        }
    }

    private static String locationOf(JacksonException ex) {
        return ex.getLocation() == null ? ""
                : " (line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")";
    }

    /** A sheet as read, with the keys that were ignored. */
    public record SheetReading(SheetDocument document, List<ProjectWarning> unknownKeys) {
    }
}
