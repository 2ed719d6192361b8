package io.claimdesk.openapi;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a JSON value against a schema of the contract: the JSON Schema keywords the contract uses. Objects are
 * closed: a property the schema does not name is reported, since a client generated from the contract would drop it.
 */
final class SchemaCheck {

    private final Contract contract;

    SchemaCheck(Contract contract) {
        this.contract = contract;
    }

    /** What is wrong with the value, each naming where; empty when it fits. */
    List<String> faults(JsonNode schema, JsonNode value) {
        List<String> faults = new ArrayList<>();
        check(schema, value, "$", faults);
        return faults;
    }

    private void check(JsonNode schema, JsonNode value, String where, List<String> faults) {
        if (schema.has("$ref")) {
            check(contract.resolve(schema), value, where, faults);
        }
        if (schema.has("type") && !typeFits(schema.get("type"), value)) {
            faults.add(where + ": " + describe(value) + " where the contract says " + schema.get("type"));
            return;
        }
        if (schema.has("anyOf") && matching(schema.get("anyOf"), value, where) == 0) {
            faults.add(where + ": " + describe(value) + " fits none of anyOf " + schema.get("anyOf"));
            return;
        }
        if (schema.has("oneOf") && matching(schema.get("oneOf"), value, where) != 1) {
            faults.add(where + ": " + describe(value) + " does not fit exactly one of oneOf " + schema.get("oneOf"));
            return;
        }
        for (JsonNode member : schema.path("allOf")) {
            check(member, value, where, faults);
        }
        if (value.isNull()) {
            return;
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            faults.add(where + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (value.isTextual()) {
            checkText(schema, value.asText(), where, faults);
        }
        if (value.isNumber()) {
            checkNumber(schema, value, where, faults);
        }
        if (value.isArray()) {
            if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
                faults.add(where + ": more than " + schema.get("maxItems") + " items");
            }
            if (schema.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    check(schema.get("items"), value.get(i), where + "[" + i + "]", faults);
                }
            }
        }
        if (value.isObject()) {
            checkObject(schema, value, where, faults);
        }
    }

    private void checkObject(JsonNode schema, JsonNode value, String where, List<String> faults) {
        JsonNode properties = schema.path("properties");
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                faults.add(where + ": required property " + required.asText() + " is missing");
            }
        }
        boolean open = !schema.has("properties") || schema.path("additionalProperties").asBoolean(false);
        value.fields().forEachRemaining(field -> {
            String at = where + "." + field.getKey();
            if (properties.has(field.getKey())) {
                check(properties.get(field.getKey()), field.getValue(), at, faults);
            } else if (!open) {
                faults.add(at + ": a property the contract does not name");
            }
        });
    }

    private static void checkText(JsonNode schema, String text, String where, List<String> faults) {
        if (schema.has("maxLength") && text.codePointCount(0, text.length()) > schema.get("maxLength").asInt()) {
            faults.add(where + ": longer than " + schema.get("maxLength"));
        }
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
            faults.add(where + ": \"" + text + "\" does not match " + schema.get("pattern"));
        }
        String format = schema.path("format").asText("");
        try {
            if (format.equals("uuid")) {
                UUID.fromString(text);
            } else if (format.equals("date-time")) {
                OffsetDateTime.parse(text);
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            faults.add(where + ": \"" + text + "\" is not a " + format);
        }
    }

    private static void checkNumber(JsonNode schema, JsonNode value, String where, List<String> faults) {
        if (schema.has("minimum") && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
            faults.add(where + ": " + value + " is below " + schema.get("minimum"));
        }
        if (schema.has("maximum") && value.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
            faults.add(where + ": " + value + " is above " + schema.get("maximum"));
        }
        String format = schema.path("format").asText("");
        if (format.equals("int32") && !value.canConvertToInt() || format.equals("int64") && !value.canConvertToLong()) {
            faults.add(where + ": " + value + " is out of " + format);
        }
    }

    private int matching(JsonNode members, JsonNode value, String where) {
        int fits = 0;
        for (JsonNode member : members) {
            List<String> memberFaults = new ArrayList<>();
            check(member, value, where, memberFaults);
            if (memberFaults.isEmpty()) {
                fits++;
            }
        }
        return fits;
    }

    private static boolean typeFits(JsonNode type, JsonNode value) {
        Set<String> types = new HashSet<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        return switch (value.getNodeType()) {
            case NULL -> types.contains("null");
            case STRING -> types.contains("string");
            case BOOLEAN -> types.contains("boolean");
            case NUMBER -> types.contains("number") || types.contains("integer") && value.isIntegralNumber();
            case ARRAY -> types.contains("array");
            case OBJECT -> types.contains("object");
            default -> false;
        };
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode candidate : values) {
            if (candidate.equals(value) || candidate.isTextual() && candidate.asText().equals(value.asText())) {
                return true;
            }
        }
        return false;
    }

    private static String describe(JsonNode value) {
        String text = value.toString();
        return value.getNodeType().name().toLowerCase() + " " + (text.length() > 80 ? text.substring(0, 80) + "…" : text);
    }
}
