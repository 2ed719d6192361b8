package io.claimdesk.openapi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Values that fit a schema of the contract, drawn from a seeded random source. */
final class Values {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[] WORDS = { "troops", "treaty", "Ussuriysk", "intelligence", "estimate", "minister",
            "said", "according", "军队", "Россия", "نقطة", "café", "12,000", "percent", "🙂" };

    private final Contract contract;
    private final Random random;
    /** Chooses a value for a property by its name, such as an id of something that exists; empty to draw one. */
    private final BiFunction<String, JsonNode, Optional<JsonNode>> chosen;

    Values(Contract contract, Random random, BiFunction<String, JsonNode, Optional<JsonNode>> chosen) {
        this.contract = contract;
        this.random = random;
        this.chosen = chosen;
    }

    JsonNode of(JsonNode schema, String name) {
        JsonNode resolved = contract.resolve(schema);
        if (!type(resolved).equals("array")) {
            Optional<JsonNode> value = chosen.apply(name, resolved);
            if (value.isPresent()) {
                return value.get();
            }
        }
        if (resolved.has("anyOf") || resolved.has("oneOf")) {
            List<JsonNode> members = new ArrayList<>();
            resolved.path(resolved.has("anyOf") ? "anyOf" : "oneOf").forEach(member -> {
                if (!member.path("type").asText().equals("null")) {
                    members.add(member);
                }
            });
            return of(members.get(random.nextInt(members.size())), name);
        }
        if (resolved.has("enum")) {
            JsonNode options = resolved.get("enum");
            return options.get(random.nextInt(options.size()));
        }
        return switch (type(resolved)) {
            case "object" -> object(resolved);
            case "array" -> array(resolved, name);
            case "integer" -> JSON.numberNode(integer(resolved));
            case "number" -> JSON.numberNode(random.nextDouble());
            case "boolean" -> JSON.booleanNode(random.nextBoolean());
            default -> JSON.textNode(text(resolved));
        };
    }

    ObjectNode object(JsonNode schema) {
        ObjectNode object = JSON.objectNode();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(field -> required.add(field.asText()));
        schema.path("properties").fields().forEachRemaining(property -> {
            if (required.contains(property.getKey()) || random.nextBoolean()) {
                object.set(property.getKey(), of(property.getValue(), property.getKey()));
            }
        });
        return object;
    }

    private ArrayNode array(JsonNode schema, String name) {
        ArrayNode array = JSON.arrayNode();
        int size = random.nextInt(Math.min(3, schema.path("maxItems").asInt(3)) + 1);
        for (int i = 0; i < size; i++) {
            array.add(of(schema.path("items"), name));
        }
        return array;
    }

    private long integer(JsonNode schema) {
        long min = schema.path("minimum").asLong(0);
        long max = Math.min(schema.path("maximum").asLong(1000), min + 1000);
        return min + random.nextInt((int) (max - min + 1));
    }

    String text(JsonNode schema) {
        String format = schema.path("format").asText("");
        if (format.equals("date-time")) {
            return Instant.parse("2000-01-01T00:00:00Z").plusSeconds(random.nextInt(1_000_000_000)).toString();
        }
        if (format.equals("uuid")) {
            return new UUID(random.nextLong(), random.nextLong()).toString();
        }
        int max = schema.path("maxLength").asInt(200);
        StringBuilder text = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
        int words = random.nextInt(6);
        for (int i = 0; i < words; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            if (text.length() + word.length() + 1 > max) {
                break;
            }
            text.append(' ').append(word);
        }
        return text.length() > max ? text.substring(0, max) : text.toString();
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        return type.asText(schema.has("properties") ? "object" : "string");
    }
}
