package io.claimdesk.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The configuration keys the application reads, by environment variable name.
 * <p>
 * Quarkus extensions publish their keys in META-INF/quarkus-config-doc/quarkus-config-model.json, with the
 * environment variable name and the phase (fixed at build time, or read at run time). The application's own keys
 * are those in application.properties, including the variables its ${NAME:default} expressions read. Libraries
 * without such metadata are covered by {@link #DOCUMENTED}.
 */
final class ConfigKeys {

    /** Keys of libraries that publish no Quarkus config metadata: MicroProfile JWT 2.1, read by SmallRye JWT. */
    static final Set<String> DOCUMENTED = Set.of(
            "mp.jwt.verify.publickey.location",
            "mp.jwt.verify.issuer");

    private static final String MODEL = "META-INF/quarkus-config-doc/quarkus-config-model.json";

    /** What kind of key a name is, or why it is not one. */
    enum Verdict {
        RUNTIME_KEY,
        APPLICATION_KEY,
        DOCUMENTED_KEY,
        IMAGE_KEY,
        BUILD_TIME_KEY,
        UNKNOWN
    }

    private final Map<String, String> phaseByEnvironmentName;
    private final Set<String> applicationNames;
    private final Set<String> documentedNames;
    private final Set<String> imageNames;

    private ConfigKeys(Map<String, String> phaseByEnvironmentName, Set<String> applicationNames,
            Set<String> documentedNames, Set<String> imageNames) {
        this.phaseByEnvironmentName = phaseByEnvironmentName;
        this.applicationNames = applicationNames;
        this.documentedNames = documentedNames;
        this.imageNames = imageNames;
    }

    static ConfigKeys load() {
        Map<String, String> phases = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try {
            for (URL model : Collections.list(ConfigKeys.class.getClassLoader().getResources(MODEL))) {
                try (InputStream in = model.openStream()) {
                    collect(json.readTree(in), phases);
                }
            }
        } catch (IOException e) {
            throw new AssertionError("cannot read the Quarkus config metadata", e);
        }
        AppConfig app = AppConfig.load();
        Set<String> application = new TreeSet<>(app.expressionNames());
        app.keys().stream().filter(key -> !key.startsWith("quarkus.")).map(ConfigKeys::environmentName)
                .forEach(application::add);
        Set<String> documented = new TreeSet<>();
        DOCUMENTED.stream().map(ConfigKeys::environmentName).forEach(documented::add);
        return new ConfigKeys(phases, application, documented, imageVariables());
    }

    /** The variables the image sets for its start script (JVM settings), which a pod may set otherwise. */
    private static Set<String> imageVariables() {
        try {
            Matcher env = Pattern.compile("(?m)^ENV (\\w+)=").matcher(Files.readString(ContainerImageTest.DOCKERFILE));
            Set<String> names = new TreeSet<>();
            while (env.find()) {
                names.add(env.group(1));
            }
            return names;
        } catch (IOException e) {
            throw new AssertionError("cannot read " + ContainerImageTest.DOCKERFILE, e);
        }
    }

    /** The environment variable SmallRye Config maps to a property: non-alphanumerics to '_', upper case. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    int quarkusKeyCount() {
        return phaseByEnvironmentName.size();
    }

    Verdict judge(String environmentName) {
        Optional<String> phase = Optional.ofNullable(phaseByEnvironmentName.get(environmentName));
        if (phase.isPresent()) {
            return "RUN_TIME".equals(phase.get()) ? Verdict.RUNTIME_KEY : Verdict.BUILD_TIME_KEY;
        }
        // Library keys the application also sets for some profiles are still the library's.
        if (documentedNames.contains(environmentName)) {
            return Verdict.DOCUMENTED_KEY;
        }
        if (applicationNames.contains(environmentName)) {
            return Verdict.APPLICATION_KEY;
        }
        if (imageNames.contains(environmentName)) {
            return Verdict.IMAGE_KEY;
        }
        return Verdict.UNKNOWN;
    }

    private static void collect(JsonNode node, Map<String, String> phases) {
        if (node.isObject()) {
            JsonNode path = node.path("path");
            if (path.isObject() && path.has("environmentVariable") && node.has("phase")) {
                String property = path.path("property").asText();
                // Named entries of maps ("datasource-name") are templates, not keys.
                if (!property.contains("\"")) {
                    phases.merge(path.path("environmentVariable").asText(), node.path("phase").asText(),
                            (a, b) -> "RUN_TIME".equals(a) ? a : b);
                }
            }
        }
        node.forEach(child -> collect(child, phases));
    }
}
