package org.jixiao.system;

import org.jixiao.system.error.StorableText;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.stereotype.Component;

/**
 * Every string field of every JSON body is checked as it is read, so a control character is refused with the path
 * of its field (400) before any service sees it, instead of failing in the database (500). Spring Boot registers
 * module beans with the service's one JSON mapper, which also reads sheets.
 */
@Component
public class StorableTextModule extends SimpleModule {

    public StorableTextModule() {
        super("jixiao-storable-text");
        addDeserializer(String.class, new StorableStringDeserializer());
    }

    private static final class StorableStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            StorableText.problem(text).ifPresent(problem -> {
                throw new UnstorableTextException(parser, problem);
            });
            return text;
        }
    }
}
