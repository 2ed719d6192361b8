package io.claimdesk.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The published contract, openapi/openapi.yaml, read as a tree: its operations and the schemas they name. */
final class Contract {

    static final Path FILE = Path.of("openapi", "openapi.yaml");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private final JsonNode root;

    private Contract(JsonNode root) {
        this.root = root;
    }

    static Contract published() {
        try {
            return new Contract(new ObjectMapper(new YAMLFactory()).readTree(FILE.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One operation of the contract. */
    record Operation(String method, String path, JsonNode node) {

        String id() {
            return node.path("operationId").asText(method + " " + path);
        }

        List<JsonNode> parameters() {
            List<JsonNode> parameters = new ArrayList<>();
            node.path("parameters").forEach(parameters::add);
            return parameters;
        }

        boolean takesBody() {
            return node.has("requestBody");
        }

        List<String> bodyMediaTypes() {
            List<String> types = new ArrayList<>();
            node.path("requestBody").path("content").fieldNames().forEachRemaining(types::add);
            return types;
        }

        JsonNode bodySchema() {
            return node.path("requestBody").path("content").path("application/json").path("schema");
        }

        boolean documents(int status) {
            return node.path("responses").has(Integer.toString(status));
        }

        /** The schema of a successful answer in the given media type, or a missing node when it has no body. */
        JsonNode responseSchema(int status, String mediaType) {
            JsonNode content = node.path("responses").path(Integer.toString(status)).path("content");
            return content.path(mediaType).path("schema");
        }

        boolean writes() {
            return !method.equals("get");
        }

        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    List<Operation> apiOperations() {
        List<Operation> operations = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/api/")) {
                path.getValue().fields().forEachRemaining(operation -> {
                    if (METHODS.contains(operation.getKey())) {
                        operations.add(new Operation(operation.getKey(), path.getKey(), operation.getValue()));
                    }
                });
            }
        });
        return operations;
    }

    /** The schema a $ref points at; any other schema as it is. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("Only local references are supported: " + ref);
            }
            current = root.at(ref.substring(1));
            if (current.isMissingNode()) {
                throw new IllegalArgumentException("Dangling reference " + ref);
            }
        }
        return current;
    }
}
