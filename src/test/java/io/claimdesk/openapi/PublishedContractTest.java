package io.claimdesk.openapi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** openapi/openapi.yaml is usable by any client generator and honest in what Swagger UI shows. */
class PublishedContractTest {

    /** Java-only regular expression syntax: inline flags, possessive quantifiers, \A \Z \z, class intersections. */
    private static final Pattern JAVA_ONLY = Pattern.compile("\\(\\?[a-zA-Z-]+[):]|[*+?}]\\+|\\\\[AZzhR]|&&|\\\\p\\{java");

    private final JsonNode contract;

    PublishedContractTest() throws IOException {
        contract = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Contract.FILE));
    }

    @Test
    void patternsUseOnlySyntaxThatEcmaScriptClientsCompile() {
        List<String> faults = new ArrayList<>();
        walk(contract, "$", (where, node) -> {
            if (node.path("pattern").isTextual() && JAVA_ONLY.matcher(node.get("pattern").asText()).find()) {
                faults.add(where + ".pattern " + node.get("pattern").asText());
            }
        });
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }

    @Test
    void everyArraySaysWhatItHolds() {
        List<String> faults = new ArrayList<>();
        walk(contract, "$", (where, node) -> {
            JsonNode type = node.get("type");
            boolean array = type != null && (type.asText().equals("array")
                    || type.isArray() && type.toString().contains("\"array\""));
            if (array && !node.has("items")) {
                faults.add(where);
            }
        });
        assertTrue(faults.isEmpty(), "arrays without items: " + faults);
    }

    @Test
    void everyProblemResponseShowsAnExampleWithItsOwnStatus() {
        List<String> faults = new ArrayList<>();
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            operation.getValue().path("responses").fields().forEachRemaining(response -> {
                JsonNode problem = response.getValue().path("content").path("application/problem+json");
                if (problem.isMissingNode()) {
                    return;
                }
                String where = operation.getKey() + " " + path.getKey() + " " + response.getKey();
                if (!problem.has("examples") || problem.get("examples").isEmpty()) {
                    faults.add(where + ": no example");
                }
                problem.path("examples").forEach(example -> {
                    if (!example.path("value").path("status").asText().equals(response.getKey())) {
                        faults.add(where + ": example of status " + example.path("value").path("status"));
                    }
                });
            });
        }));
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }

    @Test
    void everyDescribedSchemaIsUsed() {
        String text = contract.toString();
        List<String> unused = new ArrayList<>();
        contract.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            if (!text.contains("\"#/components/schemas/" + name + "\"")) {
                unused.add(name);
            }
        });
        assertTrue(unused.isEmpty(), "schemas nothing refers to: " + unused);
    }

    private static void walk(JsonNode node, String where, BiConsumer<String, JsonNode> visit) {
        if (node.isObject()) {
            visit.accept(where, node);
            node.fields().forEachRemaining(field -> walk(field.getValue(), where + "." + field.getKey(), visit));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), where + "[" + i + "]", visit);
            }
        }
    }
}
