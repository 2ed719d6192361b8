package io.claimdesk.deploy;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;

/**
 * Parses manifests into the fabric8 Kubernetes model and fails on any field the model does not know.
 * <p>
 * The fabric8 classes collect unknown fields in an "additionalProperties" map through a Jackson any-setter;
 * removing that setter makes FAIL_ON_UNKNOWN_PROPERTIES apply to them.
 */
final class StrictModel {

    /** apiVersion/kind of every typed kind the manifests may use. */
    static final Map<String, Class<? extends HasMetadata>> TYPED = Map.of(
            key(Namespace.class), Namespace.class,
            key(ConfigMap.class), ConfigMap.class,
            key(Secret.class), Secret.class,
            key(Service.class), Service.class,
            key(Deployment.class), Deployment.class,
            key(StatefulSet.class), StatefulSet.class,
            key(PodDisruptionBudget.class), PodDisruptionBudget.class,
            key(HorizontalPodAutoscaler.class), HorizontalPodAutoscaler.class,
            key(NetworkPolicy.class), NetworkPolicy.class,
            key(Ingress.class), Ingress.class);

    static final String SERVICE_MONITOR = key(ServiceMonitor.class);

    /** Operator resources without a Java model here; checked field by field in the tests. */
    static final String CNPG_CLUSTER = "postgresql.cnpg.io/v1/Cluster";
    static final String CNPG_SCHEDULED_BACKUP = "postgresql.cnpg.io/v1/ScheduledBackup";
    static final String BARMAN_OBJECT_STORE = "barmancloud.cnpg.io/v1/ObjectStore";
    static final Set<String> CHECKED_BY_HAND = Set.of(CNPG_CLUSTER, CNPG_SCHEDULED_BACKUP, BARMAN_OBJECT_STORE);

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new SimpleModule().setDeserializerModifier(new BeanDeserializerModifier() {
                @Override
                public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
                        BeanDeserializerBuilder builder) {
                    if (description.getBeanClass().getName().startsWith("io.fabric8.")) {
                        builder.setAnySetter(null);
                    }
                    return builder;
                }
            }));

    private StrictModel() {
    }

    static String key(Class<? extends HasMetadata> type) {
        return HasMetadata.getApiVersion(type) + "/" + HasMetadata.getKind(type);
    }

    static String key(JsonNode object) {
        return object.path("apiVersion").asText() + "/" + object.path("kind").asText();
    }

    static <T> T parse(JsonNode object, Class<T> type) {
        try {
            return MAPPER.treeToValue(object, type);
        } catch (JsonProcessingException e) {
            throw new AssertionError(type.getSimpleName() + " " + object.path("metadata").path("name").asText()
                    + " does not match the Kubernetes model: " + e.getOriginalMessage(), e);
        }
    }
}
