package io.claimdesk.openapi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** Schema fixes that make the generated description mean what the service sends, and nothing more. */
final class ContractSchemas {

    private static final String REF_PREFIX = "#/components/schemas/";
    /** Jackson's tree type, which the scanner describes by its Java getters; on the wire it is a JSON object. */
    private static final String JSON_TREE = REF_PREFIX + "JsonNode";

    private ContractSchemas() {
    }

    static void tidy(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Consumer<Schema> fix = schema -> {
            jsonObject(schema);
            nullableByAnyOf(schema);
        };
        components.values().forEach(schema -> visit(schema, fix));
        operations(openAPI).flatMap(ContractSchemas::schemasOf).forEach(schema -> visit(schema, fix));
        removeUnreferenced(openAPI, components);
    }

    private static void jsonObject(Schema schema) {
        if (JSON_TREE.equals(schema.getRef())) {
            schema.setRef(null);
            schema.setType(List.of(Schema.SchemaType.OBJECT));
        }
    }

    /**
     * A nullable reference comes out as anyOf [ref, null] with a type beside it, and that type (often "object")
     * leaves null out: the anyOf alone says what the value may be.
     */
    private static void nullableByAnyOf(Schema schema) {
        List<Schema> anyOf = schema.getAnyOf();
        if (anyOf != null && schema.getType() != null
                && anyOf.stream().anyMatch(member -> List.of(Schema.SchemaType.NULL).equals(member.getType()))) {
            schema.setType(null);
        }
    }

    /** Schemas that only the problem extension or a Java type brings along, which no operation uses. */
    private static void removeUnreferenced(OpenAPI openAPI, Map<String, Schema> components) {
        Set<String> used = new HashSet<>();
        Deque<Schema> pending = new ArrayDeque<>();
        operations(openAPI).flatMap(ContractSchemas::schemasOf).forEach(pending::add);
        while (!pending.isEmpty()) {
            visit(pending.pop(), schema -> {
                String ref = schema.getRef();
                if (ref != null && ref.startsWith(REF_PREFIX)) {
                    String name = ref.substring(REF_PREFIX.length());
                    if (used.add(name) && components.containsKey(name)) {
                        pending.add(components.get(name));
                    }
                }
            });
        }
        Set.copyOf(components.keySet()).stream().filter(name -> !used.contains(name))
                .forEach(name -> openAPI.getComponents().removeSchema(name));
    }

    private static Stream<Operation> operations(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return Stream.empty();
        }
        return openAPI.getPaths().getPathItems().values().stream().flatMap(item -> item.getOperations().values().stream());
    }

    private static Stream<Schema> schemasOf(Operation operation) {
        Stream<Schema> parameters = operation.getParameters() == null ? Stream.empty()
                : operation.getParameters().stream().map(parameter -> parameter.getSchema());
        Stream<Schema> body = operation.getRequestBody() == null ? Stream.empty()
                : schemasOf(operation.getRequestBody().getContent());
        Stream<Schema> responses = operation.getResponses() == null ? Stream.empty()
                : operation.getResponses().getAPIResponses().values().stream().flatMap(response -> schemasOf(response.getContent()));
        return Stream.of(parameters, body, responses).flatMap(schemas -> schemas).filter(Objects::nonNull);
    }

    private static Stream<Schema> schemasOf(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return Stream.empty();
        }
        return content.getMediaTypes().values().stream().map(MediaType::getSchema);
    }

    /** The schema and every schema nested in it, without following references. */
    private static void visit(Schema schema, Consumer<Schema> action) {
        if (schema == null) {
            return;
        }
        action.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> visit(property, action));
        }
        visit(schema.getItems(), action);
        visit(schema.getAdditionalPropertiesSchema(), action);
        visit(schema.getNot(), action);
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                .filter(Objects::nonNull)
                .flatMap(List::stream)
                .forEach(member -> visit(member, action));
    }
}
