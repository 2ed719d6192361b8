package io.claimdesk;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

/**
 * openapi/openapi.yaml is the published contract: it must be what the running service serves.
 * After an intended API change, regenerate it with: ./mvnw verify -Dopenapi.write=true
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("openapi", "openapi.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static String served() {
        return given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
    }

    @Test
    void publishedContractIsWhatTheServiceServes() throws IOException {
        String served = served();
        if (Boolean.getBoolean("openapi.write")) {
            Files.createDirectories(CONTRACT.getParent());
            Files.writeString(CONTRACT, served);
        }
        assertTrue(Files.exists(CONTRACT), "openapi/openapi.yaml is missing; write it with -Dopenapi.write=true");
        JsonNode committed = YAML.readTree(Files.readString(CONTRACT));
        if (!committed.equals(YAML.readTree(served))) {
            Path actual = Path.of("target", "openapi-served.yaml");
            Files.createDirectories(actual.getParent());
            Files.writeString(actual, served);
            assertEquals(Files.readString(CONTRACT), served,
                    "openapi/openapi.yaml differs from the served contract (saved to " + actual
                            + "); if the change is intended, rerun with -Dopenapi.write=true");
        }
    }

    @Test
    void everyOperationIsNamedSummarizedTaggedAndDocumentsItsProblems() throws IOException {
        JsonNode paths = YAML.readTree(served()).get("paths");
        List<String> faults = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> pathIt = paths.fields(); pathIt.hasNext();) {
            Map.Entry<String, JsonNode> path = pathIt.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> opIt = path.getValue().fields(); opIt.hasNext();) {
                Map.Entry<String, JsonNode> op = opIt.next();
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                if (!operation.hasNonNull("operationId")) {
                    faults.add(where + ": no operationId");
                }
                if (!operation.hasNonNull("summary")) {
                    faults.add(where + ": no summary");
                }
                if (!operation.has("tags") || operation.get("tags").isEmpty()) {
                    faults.add(where + ": no tag");
                }
                boolean documentsAProblem = false;
                for (Iterator<String> codes = operation.get("responses").fieldNames(); codes.hasNext();) {
                    String code = codes.next();
                    JsonNode content = operation.get("responses").get(code).get("content");
                    if (code.startsWith("4") && content != null && content.has("application/problem+json")) {
                        documentsAProblem = true;
                    }
                }
                if (!documentsAProblem) {
                    faults.add(where + ": no problem response documented");
                }
            }
        }
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }

    @Test
    void examplesComeFromTheSampleArticles() {
        String served = served();
        assertTrue(served.contains("about 12,000 North Korean soldiers are being trained"), "the troops claim example");
        assertTrue(served.contains("automatic military intervention"), "the treaty clause example");
    }
}
