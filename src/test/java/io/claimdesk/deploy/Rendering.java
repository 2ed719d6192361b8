package io.claimdesk.deploy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/** The objects one kustomization renders, with typed access to them. */
record Rendering(String directory, List<JsonNode> objects) {

    static final String APP = "claimdesk";

    static Rendering of(String directory) {
        return new Rendering(directory, Kustomize.render(directory));
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        String key = StrictModel.key(type);
        return objects.stream()
                .filter(object -> key.equals(StrictModel.key(object)))
                .map(object -> StrictModel.parse(object, type))
                .collect(Collectors.toList());
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream().filter(object -> name.equals(object.getMetadata().getName())).findFirst();
    }

    <T extends HasMetadata> T one(Class<T> type, String name) {
        return find(type, name).orElseThrow(() -> new AssertionError(
                directory + " renders no " + type.getSimpleName() + " named " + name));
    }

    List<JsonNode> custom(String apiVersionKind) {
        return objects.stream().filter(object -> apiVersionKind.equals(StrictModel.key(object))).collect(Collectors.toList());
    }

    Deployment app() {
        return one(Deployment.class, APP);
    }

    PodSpec appPod() {
        return app().getSpec().getTemplate().getSpec();
    }

    Container appContainer() {
        return appPod().getContainers().stream()
                .filter(container -> APP.equals(container.getName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(directory + ": the Deployment has no container named " + APP));
    }

    /** The ConfigMap a generated name refers to; kustomize appends a content hash to the generator name. */
    ConfigMap configMap(String renderedName) {
        return one(ConfigMap.class, renderedName);
    }

    /**
     * Every environment variable the application container receives, with its literal value where the manifests
     * give one (env values and ConfigMap entries), or null when it comes from a Secret.
     */
    Map<String, String> appEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        Container container = appContainer();
        for (EnvFromSource source : container.getEnvFrom()) {
            if (source.getConfigMapRef() == null) {
                throw new AssertionError(directory + ": envFrom other than a ConfigMap is not expected: " + source);
            }
            String prefix = source.getPrefix() == null ? "" : source.getPrefix();
            configMap(source.getConfigMapRef().getName()).getData()
                    .forEach((name, value) -> environment.put(prefix + name, value));
        }
        for (EnvVar variable : container.getEnv()) {
            environment.put(variable.getName(), variable.getValue());
        }
        return environment;
    }
}
