package io.claimdesk.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Renders the kustomizations under k8s/ with kubectl's built-in kustomize. */
final class Kustomize {

    static final Path K8S = Path.of("k8s");
    static final String BASE = "base";
    static final String DEV = "overlays/dev";
    static final String PROD = "overlays/prod";

    private static final Map<String, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();
    private static final YAMLMapper YAML = new YAMLMapper();

    private Kustomize() {
    }

    static Stream<String> directories() {
        return Stream.of(BASE, DEV, PROD);
    }

    static Stream<String> overlays() {
        return Stream.of(DEV, PROD);
    }

    /** The objects kustomize renders for a directory under k8s/; skips the test when kubectl is missing. */
    static List<JsonNode> render(String directory) {
        Optional<Path> kubectl = kubectl();
        Assumptions.assumeTrue(kubectl.isPresent(),
                "kubectl (with built-in kustomize) is not on the PATH, so the manifests in k8s/ cannot be rendered and are not checked");
        return RENDERED.computeIfAbsent(directory, d -> run(kubectl.get(), d));
    }

    static Optional<Path> kubectl() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static List<JsonNode> run(Path kubectl, String directory) {
        try {
            Path errors = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(kubectl.toString(), "kustomize", K8S.resolve(directory).toString())
                        .redirectError(errors.toFile())
                        .start();
                byte[] output = process.getInputStream().readAllBytes();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("kubectl kustomize " + directory + " did not finish in 60 s");
                }
                if (process.exitValue() != 0) {
                    throw new AssertionError("kubectl kustomize " + directory + " failed: " + Files.readString(errors));
                }
                return parse(output);
            } finally {
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new AssertionError("kubectl kustomize " + directory + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static List<JsonNode> parse(byte[] yaml) throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        try (JsonParser parser = YAML.getFactory().createParser(yaml);
                MappingIterator<JsonNode> documents = YAML.readValues(parser, JsonNode.class)) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    objects.add(document);
                }
            }
        }
        return objects;
    }
}
