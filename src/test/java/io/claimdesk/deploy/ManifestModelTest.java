package io.claimdesk.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;

class ManifestModelTest {

    @ParameterizedTest
    @MethodSource("io.claimdesk.deploy.Kustomize#directories")
    void everyRenderedObjectIsAKnownKindWithOnlyKnownFields(String directory) {
        Rendering rendering = Rendering.of(directory);
        assertFalse(rendering.objects().isEmpty(), directory + " renders nothing");
        for (JsonNode object : rendering.objects()) {
            String key = StrictModel.key(object);
            if (StrictModel.TYPED.containsKey(key)) {
                StrictModel.parse(object, StrictModel.TYPED.get(key));
            } else if (StrictModel.SERVICE_MONITOR.equals(key)) {
                StrictModel.parse(object, ServiceMonitor.class);
            } else {
                assertTrue(StrictModel.CHECKED_BY_HAND.contains(key),
                        directory + " renders " + key + " " + object.path("metadata").path("name").asText()
                                + ", a kind no test checks");
            }
        }
    }

    @Test
    void strictParsingRejectsAMisspelledField() throws Exception {
        String valid = "apiVersion: apps/v1\n"
                + "kind: Deployment\n"
                + "metadata: {name: example}\n"
                + "spec:\n"
                + "  template:\n"
                + "    spec:\n"
                + "      containers:\n"
                + "        - name: example\n"
                + "          imagePullPolicy: IfNotPresent\n";
        YAMLMapper yaml = new YAMLMapper();

        Deployment parsed = StrictModel.parse(yaml.readTree(valid), Deployment.class);
        assertEquals("IfNotPresent", parsed.getSpec().getTemplate().getSpec().getContainers().get(0).getImagePullPolicy());

        JsonNode misspelled = yaml.readTree(valid.replace("imagePullPolicy", "imagePullPolicyy"));
        AssertionError error = assertThrows(AssertionError.class, () -> StrictModel.parse(misspelled, Deployment.class));
        assertTrue(error.getMessage().contains("imagePullPolicyy"), error.getMessage());
    }
}
