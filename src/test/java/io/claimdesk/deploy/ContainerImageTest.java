package io.claimdesk.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.Quantity;

/** The container image: one name everywhere, and a Dockerfile that matches what the manifests expect of it. */
class ContainerImageTest {

    static final String IMAGE = "ghcr.io/claimdesk/claimdesk";
    static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.jvm");
    static final Path K8S_README = Path.of("k8s/README.md");
    /** What the measured process uses outside the heap: the memory limit less the heap must hold it. */
    static final Quantity NON_HEAP_NEEDED = new Quantity("192Mi");

    /** A registry host (with a dot), a path, and a last segment "claimdesk": a reference to this project's image. */
    private static final Pattern IMAGE_REFERENCE =
            Pattern.compile("(?<![\\w./-])[a-z0-9-]+(?:\\.[a-z0-9-]+)+(?::\\d+)?(?:/[\\w.-]+)*/claimdesk(?![\\w.-]*/)(?=[:@\\s\"'`)]|$)");
    private static final Pattern DOCKER_TAG = Pattern.compile("docker build .*?-t (\\S+)");

    private final AppConfig app = AppConfig.load();

    @ParameterizedTest
    @MethodSource("io.claimdesk.deploy.Kustomize#directories")
    void manifestsRunTheProjectImage(String directory) {
        String image = Rendering.of(directory).appContainer().getImage();
        assertEquals(IMAGE, image.replaceFirst("[:@].*$", ""), directory + " image " + image);
    }

    @Test
    void everyFileNamesTheSameImage() throws IOException {
        List<Path> files = new ArrayList<>(List.of(DOCKERFILE, K8S_README));
        try (Stream<Path> manifests = Files.walk(Kustomize.K8S)) {
            manifests.filter(path -> path.toString().endsWith(".yaml")).forEach(files::add);
        }
        if (Files.exists(Path.of("README.md"))) {
            files.add(Path.of("README.md"));
        }
        Map<Path, List<String>> others = new TreeMap<>();
        for (Path file : files) {
            String text = Files.readString(file);
            List<String> found = find(IMAGE_REFERENCE, text, 0);
            List<String> tags = find(DOCKER_TAG, text, 1).stream().map(tag -> tag.replaceFirst(":.*$", ""))
                    .collect(Collectors.toList());
            found.addAll(tags);
            found.removeIf(IMAGE::equals);
            if (!found.isEmpty()) {
                others.put(file, found);
            }
        }
        assertEquals(Map.of(), others, "image names other than " + IMAGE);
        for (Path documented : List.of(DOCKERFILE, K8S_README)) {
            String text = Files.readString(documented);
            assertTrue(find(DOCKER_TAG, text, 1).stream().anyMatch(tag -> tag.startsWith(IMAGE + ":")),
                    documented + " shows the docker build of " + IMAGE);
        }
    }

    @Test
    void imageNameCheckCatchesAnotherName() {
        String text = "docker build -f src/main/docker/Dockerfile.jvm -t ghcr.io/claimdesk/claimdesk-api:1 .\n"
                + "image: ghcr.io/claimdsk/claimdesk:1\n"
                + "mountPath: /etc/claimdesk/jwt\n"
                + "image: ghcr.io/cloudnative-pg/postgresql:17\n";
        assertEquals(List.of("ghcr.io/claimdsk/claimdesk"), find(IMAGE_REFERENCE, text, 0));
        assertEquals(List.of("ghcr.io/claimdesk/claimdesk-api:1"), find(DOCKER_TAG, text, 1));
    }

    @Test
    void dockerfileRunsThePackagedJarOnAJdkWithAnAotCache() throws IOException {
        String dockerfile = Files.readString(DOCKERFILE);
        assertTrue(dockerfile.contains("FROM registry.access.redhat.com/ubi10/openjdk-25-runtime:"), "base image");
        assertEquals("uber-jar", app.value("quarkus.package.jar.type", "fast-jar"), "the package is one jar");
        assertTrue(dockerfile.contains("COPY --chown=185 target/claimdesk-*-runner.jar /deployments/quarkus-run.jar"),
                "the image copies the package");
        assertTrue(dockerfile.contains("ENV JAVA_APP_JAR=\"/deployments/quarkus-run.jar\""), "JAVA_APP_JAR");
        String options = javaOptions(dockerfile);
        assertTrue(options.contains("-Dquarkus.http.host=0.0.0.0"), options);
        assertTrue(options.contains("-Djava.util.logging.manager=org.jboss.logmanager.LogManager"), options);
    }

    @ParameterizedTest
    @MethodSource("io.claimdesk.deploy.Kustomize#directories")
    void dockerfileExposesThePortAndUserThePodUses(String directory) throws IOException {
        String dockerfile = Files.readString(DOCKERFILE);
        Rendering rendering = Rendering.of(directory);
        assertEquals(List.of(String.valueOf(app.httpPort())), find(Pattern.compile("(?m)^EXPOSE (\\S+)"), dockerfile, 1));
        assertEquals(List.of(String.valueOf(rendering.appPod().getSecurityContext().getRunAsUser())),
                find(Pattern.compile("(?m)^USER (\\S+)"), dockerfile, 1));
    }

    @ParameterizedTest
    @MethodSource("io.claimdesk.deploy.Kustomize#directories")
    void heapLeavesRoomForNonHeapMemory(String directory) throws IOException {
        String dockerfile = Files.readString(DOCKERFILE);
        // JAVA_OPTS_APPEND comes last on the command line: a heap setting there would win over the pod's.
        assertFalse(Pattern.compile("-Xmx|MaxRAMPercentage").matcher(javaOptions(dockerfile)).find(),
                "the heap is set in JAVA_OPTS");
        String options = Rendering.of(directory).appEnvironment().getOrDefault("JAVA_OPTS", imageJavaOpts(dockerfile));
        List<String> heap = find(Pattern.compile("-Xmx(\\d+)([mMgG])\\b"), options, 0);
        assertEquals(1, heap.size(), directory + " JAVA_OPTS sizes the heap: " + options);
        BigDecimal heapBytes = Quantity.getAmountInBytes(new Quantity(heap.get(0).substring(4).toUpperCase() + "i"));
        BigDecimal limit = Quantity.getAmountInBytes(
                Rendering.of(directory).appContainer().getResources().getLimits().get("memory"));
        assertTrue(limit.subtract(heapBytes).compareTo(Quantity.getAmountInBytes(NON_HEAP_NEEDED)) >= 0,
                "heap " + heapBytes + " of limit " + limit + " leaves less than " + NON_HEAP_NEEDED + " outside the heap");
    }

    @ParameterizedTest
    @MethodSource("io.claimdesk.deploy.Kustomize#directories")
    void theImageWritesTheAotCacheThePodUsesWithThePodsJvmSettings(String directory) throws IOException {
        String dockerfile = Files.readString(DOCKERFILE);
        // Each instruction on one line: continuation lines joined.
        String instructions = dockerfile.replace("\\\n", " ");
        Matcher training = Pattern.compile("(?m)^RUN .*?\\bjava (.*?)-jar /deployments/quarkus-run\\.jar")
                .matcher(instructions);
        assertTrue(training.find(), "the image starts the jar it runs to write the cache");
        assertTrue(training.group().contains(" CLAIMDESK_AOT_TRAINING=true "),
                "the start that writes the cache also loads what a start on a database loads: " + training.group());
        String trainingOptions = training.group(1);
        List<String> written = find(Pattern.compile("-XX:AOTCacheOutput=(\\S+)"), trainingOptions, 1);
        assertEquals(1, written.size(), "the image writes the cache with its own JDK");
        String used = "-XX:AOTCache=" + written.get(0);
        String imageOptions = imageJavaOpts(dockerfile);
        Map<String, String> pod = Rendering.of(directory).appEnvironment();
        String podOptions = pod.getOrDefault("JAVA_OPTS", imageOptions);
        assertTrue(imageOptions.contains(used), imageOptions);
        assertTrue(podOptions.contains(used), directory + " JAVA_OPTS " + podOptions);
        // A JVM given a cache written with another collector or compiler setting starts without it, silently.
        String collector = pod.getOrDefault("GC_CONTAINER_OPTIONS",
                find(Pattern.compile("(?m)^ENV GC_CONTAINER_OPTIONS=\"([^\"]*)\""), dockerfile, 1).get(0));
        for (String option : (collector + " " + podOptions.replace(used, "")).trim().split("\\s+")) {
            assertTrue(trainingOptions.contains(option), "the cache is written with " + option + " as the pod runs");
        }
    }

    private static String imageJavaOpts(String dockerfile) {
        List<String> options = find(Pattern.compile("(?m)^ENV JAVA_OPTS=\"([^\"]*)\""), dockerfile, 1);
        assertEquals(1, options.size(), "JAVA_OPTS");
        return options.get(0);
    }

    private static String javaOptions(String dockerfile) {
        List<String> options = find(Pattern.compile("(?m)^ENV JAVA_OPTS_APPEND=\"([^\"]*)\""), dockerfile, 1);
        assertFalse(options.isEmpty(), "JAVA_OPTS_APPEND");
        return options.get(0);
    }

    private static List<String> find(Pattern pattern, String text, int group) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(group));
        }
        return found;
    }
}
