package com.voicedesk.adapters.ai.openai;

import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON schema derived from a record, for OpenAI's strict structured output: every component is a property,
 * described by its {@link SchemaField}; components not marked nullable are required. (In strict mode langchain4j
 * sends every property as required and the optional ones as "type or null", with no additional properties.)
 */
final class RecordSchemas {

    private RecordSchemas() {
    }

    static JsonObjectSchema of(Class<? extends Record> type) {
        return object(type, null);
    }

    private static JsonObjectSchema object(Class<?> type, String description) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        Map<String, JsonSchemaElement> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            SchemaField field = component.getAnnotation(SchemaField.class);
            String text = field == null ? null : field.value();
            properties.put(component.getName(), element(component.getType(), component.getGenericType(), text));
            if (field == null || !field.nullable()) {
                required.add(component.getName());
            }
        }
        return JsonObjectSchema.builder().description(description).addProperties(properties).required(required)
                .additionalProperties(false).build();
    }

    private static JsonSchemaElement element(Class<?> type, Type generic, String description) {
        if (type == String.class) {
            return JsonStringSchema.builder().description(description).build();
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return JsonIntegerSchema.builder().description(description).build();
        }
        if (type == Double.class || type == double.class || type == BigDecimal.class || type == Float.class) {
            return JsonNumberSchema.builder().description(description).build();
        }
        if (type == Boolean.class || type == boolean.class) {
            return JsonBooleanSchema.builder().description(description).build();
        }
        if (type.isEnum()) {
            return JsonEnumSchema.builder().description(description)
                    .enumValues(Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList()).build();
        }
        if (Collection.class.isAssignableFrom(type) && generic instanceof ParameterizedType parameterized) {
            Type item = parameterized.getActualTypeArguments()[0];
            Class<?> itemClass = item instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) item;
            return JsonArraySchema.builder().description(description).items(element(itemClass, item, null)).build();
        }
        if (type.isRecord()) {
            return object(type, description);
        }
        throw new IllegalArgumentException("No JSON schema for " + type.getName());
    }
}
