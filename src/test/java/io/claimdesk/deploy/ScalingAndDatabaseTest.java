package io.claimdesk.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.openshift.api.model.monitoring.v1.Endpoint;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;

/** What differs between the overlays: replicas, autoscaling, the database and its backups, metrics scraping. */
class ScalingAndDatabaseTest {

    private static final String BARMAN_PLUGIN = "barman-cloud.cloudnative-pg.io";
    /** Fields of a CloudNativePG Cluster spec this project uses or may reasonably add. */
    private static final Set<String> CLUSTER_SPEC_FIELDS = Set.of("instances", "imageName", "primaryUpdateStrategy",
            "bootstrap", "postgresql", "affinity", "resources", "storage", "walStorage", "plugins", "backup",
            "minSyncReplicas", "maxSyncReplicas", "monitoring", "enableSuperuserAccess", "managed");

    private final AppConfig app = AppConfig.load();

    @Test
    void devRunsOneReplicaWithoutAutoscaling() {
        Rendering dev = Rendering.of(Kustomize.DEV);
        assertEquals(1, dev.app().getSpec().getReplicas());
        assertTrue(dev.all(HorizontalPodAutoscaler.class).isEmpty(), "no HorizontalPodAutoscaler in dev");
    }

    @Test
    void prodKeepsAtLeastTwoReplicasAndScalesOnCpu() {
        Rendering prod = Rendering.of(Kustomize.PROD);
        HorizontalPodAutoscaler hpa = prod.one(HorizontalPodAutoscaler.class, Rendering.APP);
        assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
        assertEquals(Rendering.APP, hpa.getSpec().getScaleTargetRef().getName());
        assertTrue(hpa.getSpec().getMinReplicas() >= 2, "minReplicas " + hpa.getSpec().getMinReplicas());
        assertTrue(hpa.getSpec().getMaxReplicas() > hpa.getSpec().getMinReplicas(), "room to scale out");
        assertEquals(List.of("cpu"), hpa.getSpec().getMetrics().stream()
                .map(metric -> metric.getResource().getName()).collect(Collectors.toList()));
        // The autoscaler owns the count: a fixed value in the Deployment would reset it on every apply.
        assertNull(prod.app().getSpec().getReplicas(), "replicas left to the autoscaler");
    }

    @Test
    void devDatabaseUsesTheSecretAndServiceTheAppConnectsTo() {
        Rendering dev = Rendering.of(Kustomize.DEV);
        URI jdbc = jdbcUrl(dev);
        Service service = dev.one(Service.class, jdbc.getHost());
        assertEquals(jdbc.getPort(), service.getSpec().getPorts().get(0).getPort());

        StatefulSet postgres = dev.one(StatefulSet.class, jdbc.getHost());
        Container container = postgres.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertTrue(container.getImage().matches(".*postgres:17(\\..*)?"), container.getImage());
        assertTrue(postgres.getSpec().getTemplate().getMetadata().getLabels().entrySet()
                .containsAll(service.getSpec().getSelector().entrySet()), "database Service selects PostgreSQL");
        Map<String, EnvVar> env = container.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e));
        assertEquals(jdbc.getPath().substring(1), env.get("POSTGRES_DB").getValue(), "database name");

        SecretKeySelector appUser = secretRef(dev, "QUARKUS_DATASOURCE_USERNAME");
        SecretKeySelector appPassword = secretRef(dev, "QUARKUS_DATASOURCE_PASSWORD");
        assertEquals(appUser, env.get("POSTGRES_USER").getValueFrom().getSecretKeyRef());
        assertEquals(appPassword, env.get("POSTGRES_PASSWORD").getValueFrom().getSecretKeyRef());
        Secret secret = dev.one(Secret.class, appUser.getName());
        Set<String> keys = secret.getData() != null ? secret.getData().keySet() : secret.getStringData().keySet();
        assertTrue(keys.containsAll(Set.of(appUser.getKey(), appPassword.getKey())), "secret keys " + keys);
    }

    @Test
    void prodConnectsToTheCloudNativePgReadWriteServiceWithTheGeneratedSecret() {
        Rendering prod = Rendering.of(Kustomize.PROD);
        JsonNode cluster = single(prod, StrictModel.CNPG_CLUSTER);
        String name = cluster.path("metadata").path("name").asText();
        URI jdbc = jdbcUrl(prod);
        assertEquals(name + "-rw", jdbc.getHost(), "the primary, through the operator's read-write service");
        assertEquals(cluster.path("spec").path("bootstrap").path("initdb").path("database").asText("app"),
                jdbc.getPath().substring(1), "database name");
        for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
            SecretKeySelector ref = secretRef(prod, variable);
            assertEquals(name + "-app", ref.getName(), variable + " from the operator-generated secret");
        }
        assertEquals("username", secretRef(prod, "QUARKUS_DATASOURCE_USERNAME").getKey());
        assertEquals("password", secretRef(prod, "QUARKUS_DATASOURCE_PASSWORD").getKey());
    }

    @Test
    void prodClusterHasThreeInstancesWithStorage() {
        JsonNode cluster = single(Rendering.of(Kustomize.PROD), StrictModel.CNPG_CLUSTER);
        JsonNode spec = cluster.path("spec");
        spec.fieldNames().forEachRemaining(field -> assertTrue(CLUSTER_SPEC_FIELDS.contains(field),
                "Cluster spec field " + field + " is not one this project knows"));
        assertEquals(3, spec.path("instances").asInt(), "instances");
        assertTrue(spec.path("storage").path("size").asText().matches("\\d+(Mi|Gi|Ti)"), "storage size");
        assertTrue(spec.path("imageName").asText().matches(".*postgresql:17(\\..*)?"), "PostgreSQL 17");
    }

    @Test
    void prodConnectionPoolsFitInPostgresMaxConnections() {
        Rendering prod = Rendering.of(Kustomize.PROD);
        JsonNode cluster = single(prod, StrictModel.CNPG_CLUSTER);
        int maxConnections = cluster.path("spec").path("postgresql").path("parameters").path("max_connections")
                .asInt(100);
        int pool = Integer.parseInt(prod.appEnvironment().get("DB_POOL_MAX_SIZE"));
        int replicas = prod.one(HorizontalPodAutoscaler.class, Rendering.APP).getSpec().getMaxReplicas();
        // Keep a tenth of the connections for the operator, replication and maintenance.
        assertTrue(replicas * pool <= maxConnections * 9 / 10, replicas + " replicas x pool " + pool
                + " leave too little of max_connections " + maxConnections);
    }

    @ParameterizedTest
    @MethodSource("io.claimdesk.deploy.Kustomize#directories")
    void everyPooledConnectionHasAWorkerThreadToUseIt(String directory) {
        Map<String, String> environment = Rendering.of(directory).appEnvironment();
        int workers = Integer.parseInt(app.resolved("quarkus.thread-pool.max-threads", environment));
        int pool = Integer.parseInt(app.resolved("quarkus.datasource.jdbc.max-size", environment));
        // Fewer threads than connections would leave connections idle while requests wait for a thread.
        assertTrue(workers >= pool, directory + ": " + workers + " worker threads for a pool of " + pool);
    }

    @Test
    void prodBacksUpContinuouslyAndOnScheduleToTheSameObjectStore() {
        Rendering prod = Rendering.of(Kustomize.PROD);
        JsonNode cluster = single(prod, StrictModel.CNPG_CLUSTER);
        JsonNode plugin = null;
        for (JsonNode candidate : cluster.path("spec").path("plugins")) {
            if (BARMAN_PLUGIN.equals(candidate.path("name").asText())) {
                plugin = candidate;
            }
        }
        assertNotNull(plugin, "Cluster uses the Barman Cloud plugin");
        assertTrue(plugin.path("isWALArchiver").asBoolean(), "WAL archiving through the plugin");

        JsonNode store = single(prod, StrictModel.BARMAN_OBJECT_STORE);
        assertEquals(store.path("metadata").path("name").asText(),
                plugin.path("parameters").path("barmanObjectName").asText(), "plugin writes to the ObjectStore");
        assertFalse(store.path("spec").path("configuration").path("destinationPath").asText().isBlank(),
                "ObjectStore destinationPath");
        assertFalse(store.path("spec").path("retentionPolicy").asText().isBlank(), "retention policy");

        JsonNode schedule = single(prod, StrictModel.CNPG_SCHEDULED_BACKUP);
        JsonNode spec = schedule.path("spec");
        assertEquals(cluster.path("metadata").path("name").asText(), spec.path("cluster").path("name").asText());
        assertEquals("plugin", spec.path("method").asText());
        assertEquals(BARMAN_PLUGIN, spec.path("pluginConfiguration").path("name").asText());
        // CloudNativePG schedules have six fields, seconds first.
        assertEquals(6, spec.path("schedule").asText().trim().split("\\s+").length, "schedule with seconds");
    }

    @Test
    void prodPrometheusScrapesTheMetricsPathOnTheServicePort() {
        Rendering prod = Rendering.of(Kustomize.PROD);
        Service service = prod.one(Service.class, Rendering.APP);
        ServiceMonitor monitor = StrictModel.parse(single(prod, StrictModel.SERVICE_MONITOR), ServiceMonitor.class);
        assertTrue(service.getMetadata().getLabels().entrySet()
                .containsAll(monitor.getSpec().getSelector().getMatchLabels().entrySet()), "selects the Service");
        List<Endpoint> endpoints = monitor.getSpec().getEndpoints();
        assertEquals(1, endpoints.size());
        assertEquals(app.metricsPath(), endpoints.get(0).getPath());
        assertTrue(service.getSpec().getPorts().stream().anyMatch(p -> p.getName().equals(endpoints.get(0).getPort())),
                "scrapes a port the Service has");
    }

    private static JsonNode single(Rendering rendering, String apiVersionKind) {
        List<JsonNode> objects = rendering.custom(apiVersionKind);
        assertEquals(1, objects.size(), rendering.directory() + ": one " + apiVersionKind);
        return objects.get(0);
    }

    private static URI jdbcUrl(Rendering rendering) {
        String url = rendering.appEnvironment().get("QUARKUS_DATASOURCE_JDBC_URL");
        assertNotNull(url, "QUARKUS_DATASOURCE_JDBC_URL");
        assertTrue(url.startsWith("jdbc:postgresql://"), url);
        return URI.create(url.substring("jdbc:".length()));
    }

    private static SecretKeySelector secretRef(Rendering rendering, String variable) {
        return rendering.appContainer().getEnv().stream()
                .filter(env -> variable.equals(env.getName()))
                .map(env -> env.getValueFrom().getSecretKeyRef())
                .findFirst()
                .orElseThrow(() -> new AssertionError(variable + " is not taken from a Secret"));
    }
}
