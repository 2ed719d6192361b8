package io.claimdesk.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/** The application's Deployment and what points at it, in the base and in every overlay. */
class DeploymentTest {

    static final String HTTP = "http";
    static final String STARTED = "/q/health/started";
    static final String LIVE = "/q/health/live";
    static final String READY = "/q/health/ready";
    /** Resident memory measured at most under 64 concurrent connections, with the manifests' JVM settings (see k8s/README.md). */
    static final Quantity MEASURED_RSS = new Quantity("308Mi");

    private final AppConfig app = AppConfig.load();

    @ParameterizedTest
    @MethodSource("io.claimdesk.deploy.Kustomize#directories")
    void containerListensOnTheAppHttpPortAndTheServiceTargetsIt(String directory) {
        Rendering rendering = Rendering.of(directory);
        ContainerPort http = httpPort(rendering.appContainer());
        assertEquals(app.httpPort(), http.getContainerPort(), "containerPort named http vs quarkus.http.port");

        String configured = rendering.appEnvironment().get("QUARKUS_HTTP_PORT");
        if (configured != null) {
            assertEquals(String.valueOf(http.getContainerPort()), configured, "QUARKUS_HTTP_PORT vs containerPort");
        }

        Service service = rendering.one(Service.class, Rendering.APP);
        assertTrue(rendering.app().getSpec().getTemplate().getMetadata().getLabels().entrySet()
                .containsAll(service.getSpec().getSelector().entrySet()), "Service selector matches the pods");
        ServicePort port = service.getSpec().getPorts().stream().filter(p -> HTTP.equals(p.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("Service has no port named http"));
        assertEquals(80, port.getPort());
        String target = port.getTargetPort().getStrVal() != null ? port.getTargetPort().getStrVal()
                : String.valueOf(port.getTargetPort().getIntVal());
        assertTrue(HTTP.equals(target) || String.valueOf(app.httpPort()).equals(target),
                "Service targetPort " + target + " is neither the named port nor the app port");
    }

    @ParameterizedTest
    @MethodSource("io.claimdesk.deploy.Kustomize#directories")
    void probesAskTheThreeHealthEndpointsOnTheNamedPort(String directory) {
        Container container = Rendering.of(directory).appContainer();
        assertProbe(container.getStartupProbe(), STARTED, "startup");
        assertProbe(container.getLivenessProbe(), LIVE, "liveness");
        assertProbe(container.getReadinessProbe(), READY, "readiness");
        httpPort(container);
    }

    @ParameterizedTest
    @MethodSource("io.claimdesk.deploy.Kustomize#directories")
    void podRunsAsNonRootWithAReadOnlyRootFilesystemAndNoCapabilities(String directory) {
        Rendering rendering = Rendering.of(directory);
        PodSecurityContext pod = rendering.appPod().getSecurityContext();
        assertNotNull(pod, "pod securityContext");
        assertEquals(Boolean.TRUE, pod.getRunAsNonRoot(), "pod runAsNonRoot");
        assertEquals("RuntimeDefault", pod.getSeccompProfile().getType(), "pod seccompProfile");

        SecurityContext container = rendering.appContainer().getSecurityContext();
        assertNotNull(container, "container securityContext");
        assertEquals(Boolean.TRUE, container.getRunAsNonRoot(), "runAsNonRoot");
        assertEquals(Boolean.TRUE, container.getReadOnlyRootFilesystem(), "readOnlyRootFilesystem");
        assertEquals(Boolean.FALSE, container.getAllowPrivilegeEscalation(), "allowPrivilegeEscalation");
        assertEquals("RuntimeDefault", container.getSeccompProfile().getType(), "seccompProfile");
        Capabilities capabilities = container.getCapabilities();
        assertEquals(List.of("ALL"), capabilities.getDrop(), "capabilities dropped");
        assertTrue(capabilities.getAdd() == null || capabilities.getAdd().isEmpty(), "no capabilities added");
        assertEquals(Boolean.FALSE, rendering.appPod().getAutomountServiceAccountToken(), "no API token mounted");
    }

    @ParameterizedTest
    @MethodSource("io.claimdesk.deploy.Kustomize#directories")
    void tmpIsTheOnlyWritableDirectoryAndIsAnEmptyDir(String directory) {
        Rendering rendering = Rendering.of(directory);
        Map<String, Volume> volumes = volumes(rendering.appPod());
        List<VolumeMount> writable = rendering.appContainer().getVolumeMounts().stream()
                .filter(mount -> !Boolean.TRUE.equals(mount.getReadOnly()))
                .collect(Collectors.toList());
        assertEquals(List.of("/tmp"), writable.stream().map(VolumeMount::getMountPath).collect(Collectors.toList()));
        assertNotNull(volumes.get(writable.get(0).getName()).getEmptyDir(), "/tmp is an emptyDir");
    }

    @ParameterizedTest
    @MethodSource("io.claimdesk.deploy.Kustomize#directories")
    void jwtPublicKeyLocationPointsAtTheMountedSecret(String directory) {
        Rendering rendering = Rendering.of(directory);
        String location = rendering.appEnvironment().get("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        assertNotNull(location, "MP_JWT_VERIFY_PUBLICKEY_LOCATION is set");
        assertNotNull(rendering.appEnvironment().get("MP_JWT_VERIFY_ISSUER"), "MP_JWT_VERIFY_ISSUER is set");
        assertTrue(location.startsWith("file:/"), location);
        String file = location.substring("file:".length());

        Map<String, Volume> volumes = volumes(rendering.appPod());
        boolean mounted = rendering.appContainer().getVolumeMounts().stream().anyMatch(mount -> {
            Volume volume = volumes.get(mount.getName());
            return volume.getSecret() != null
                    && "claimdesk-jwt".equals(volume.getSecret().getSecretName())
                    && volume.getSecret().getItems().stream()
                            .anyMatch(item -> file.equals(mount.getMountPath() + "/" + item.getPath()));
        });
        assertTrue(mounted, "no volume from secret claimdesk-jwt puts a file at " + file);
    }

    @ParameterizedTest
    @MethodSource("io.claimdesk.deploy.Kustomize#directories")
    void requestsAndLimitsFitTheMeasuredMemory(String directory) {
        var resources = Rendering.of(directory).appContainer().getResources();
        Quantity memoryRequest = resources.getRequests().get("memory");
        Quantity memoryLimit = resources.getLimits().get("memory");
        assertNotNull(resources.getRequests().get("cpu"), "cpu request");
        assertNotNull(resources.getLimits().get("cpu"), "cpu limit");
        assertNotNull(memoryRequest, "memory request");
        assertNotNull(memoryLimit, "memory limit");
        assertTrue(bytes(memoryRequest).compareTo(bytes(MEASURED_RSS)) >= 0, "memory request below measured RSS");
        assertTrue(bytes(memoryLimit).compareTo(bytes(memoryRequest)) >= 0, "memory limit below request");
    }

    @ParameterizedTest
    @MethodSource("io.claimdesk.deploy.Kustomize#directories")
    void gracePeriodCoversThePreStopPauseAndTheShutdownTimeout(String directory) {
        Rendering rendering = Rendering.of(directory);
        PodSpec pod = rendering.appPod();
        var preStop = rendering.appContainer().getLifecycle().getPreStop();
        assertNotNull(preStop.getSleep(), "preStop sleep");
        long pause = preStop.getSleep().getSeconds();
        assertTrue(pause > 0 && pause <= 10, "preStop pause of " + pause + " s");
        long needed = pause + app.shutdownTimeout().toSeconds();
        long grace = pod.getTerminationGracePeriodSeconds();
        assertTrue(needed < grace, "preStop " + pause + " s + quarkus.shutdown.timeout " + app.shutdownTimeout()
                + " do not fit in terminationGracePeriodSeconds " + grace);
    }

    @ParameterizedTest
    @MethodSource("io.claimdesk.deploy.Kustomize#directories")
    void networkPolicyLetsOnlyHttpInAndPostgresAndDnsOut(String directory) {
        Rendering rendering = Rendering.of(directory);
        NetworkPolicy policy = rendering.one(NetworkPolicy.class, Rendering.APP);
        assertEquals(Set.of("Ingress", "Egress"), Set.copyOf(policy.getSpec().getPolicyTypes()));
        assertTrue(rendering.app().getSpec().getTemplate().getMetadata().getLabels().entrySet()
                .containsAll(policy.getSpec().getPodSelector().getMatchLabels().entrySet()), "policy selects the pods");

        Set<String> in = policy.getSpec().getIngress().stream().flatMap(rule -> rule.getPorts().stream())
                .map(DeploymentTest::describe).collect(Collectors.toSet());
        assertEquals(Set.of("TCP/" + app.httpPort()), in);
        assertTrue(policy.getSpec().getIngress().stream().allMatch(rule -> !rule.getPorts().isEmpty()),
                "every ingress rule names its ports");

        Set<String> out = policy.getSpec().getEgress().stream().flatMap(rule -> rule.getPorts().stream())
                .map(DeploymentTest::describe).collect(Collectors.toSet());
        assertEquals(Set.of("TCP/5432", "UDP/53", "TCP/53"), out);
        assertTrue(policy.getSpec().getEgress().stream().allMatch(rule -> !rule.getPorts().isEmpty()),
                "every egress rule names its ports");
    }

    @ParameterizedTest
    @MethodSource("io.claimdesk.deploy.Kustomize#directories")
    void disruptionBudgetAndIngressPointAtTheApp(String directory) {
        Rendering rendering = Rendering.of(directory);
        Map<String, String> podLabels = rendering.app().getSpec().getTemplate().getMetadata().getLabels();

        PodDisruptionBudget budget = rendering.one(PodDisruptionBudget.class, Rendering.APP);
        assertTrue(podLabels.entrySet().containsAll(budget.getSpec().getSelector().getMatchLabels().entrySet()),
                "PodDisruptionBudget selects the pods");
        assertEquals(1, budget.getSpec().getMaxUnavailable().getIntVal(), "one pod at a time may go");

        Ingress ingress = rendering.one(Ingress.class, Rendering.APP);
        List<HTTPIngressPath> paths = ingress.getSpec().getRules().stream()
                .flatMap(rule -> rule.getHttp().getPaths().stream()).collect(Collectors.toList());
        assertFalse(paths.isEmpty());
        for (HTTPIngressPath path : paths) {
            assertEquals(Rendering.APP, path.getBackend().getService().getName());
            assertEquals(HTTP, path.getBackend().getService().getPort().getName());
            // The desk's page is routed at "/" exactly; as a prefix, "/" would route everything.
            assertFalse(path.getPath().startsWith("/q/health") || path.getPath().startsWith(app.metricsPath())
                    || "/".equals(path.getPath()) && !"Exact".equals(path.getPathType()),
                    "health and metrics stay inside the cluster: " + path.getPath());
        }
        assertTrue(paths.stream().anyMatch(path -> "/api".equals(path.getPath())), "the API is routed");
        assertTrue(paths.stream().anyMatch(path -> "/desk".equals(path.getPath())), "the review desk is routed");
    }

    static ContainerPort httpPort(Container container) {
        return container.getPorts().stream().filter(port -> HTTP.equals(port.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("container has no port named http"));
    }

    private static void assertProbe(Probe probe, String path, String kind) {
        assertNotNull(probe, kind + " probe");
        assertNotNull(probe.getHttpGet(), kind + " probe is an HTTP GET");
        assertEquals(path, probe.getHttpGet().getPath(), kind + " probe path");
        assertEquals(HTTP, probe.getHttpGet().getPort().getStrVal(), kind + " probe asks the named port");
    }

    private static Map<String, Volume> volumes(PodSpec pod) {
        return pod.getVolumes().stream().collect(Collectors.toMap(Volume::getName, volume -> volume));
    }

    private static BigDecimal bytes(Quantity quantity) {
        return Quantity.getAmountInBytes(quantity);
    }

    private static String describe(NetworkPolicyPort port) {
        String number = port.getPort().getIntVal() != null ? String.valueOf(port.getPort().getIntVal())
                : port.getPort().getStrVal();
        return (port.getProtocol() == null ? "TCP" : port.getProtocol()) + "/" + number;
    }
}
