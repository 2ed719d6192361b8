package io.claimdesk.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Probe;
import io.quarkus.test.junit.QuarkusTest;

/** The endpoints the probes and Prometheus ask for answer in the running application. */
@QuarkusTest
class HealthEndpointsTest {

    @ParameterizedTest
    @ValueSource(strings = { DeploymentTest.STARTED, DeploymentTest.LIVE, DeploymentTest.READY })
    void healthEndpointReportsUp(String path) {
        given().when().get(path).then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void readinessIncludesTheDatabase() {
        given().when().get(DeploymentTest.READY).then().statusCode(200)
                .body("checks.find { it.name == 'Database connections health check' }.status", is("UP"));
    }

    @Test
    void metricsEndpointServesPrometheusText() {
        given().when().get(AppConfig.load().metricsPath()).then().statusCode(200)
                .body(containsString("# TYPE jvm_memory_used_bytes gauge"));
    }

    @Test
    void everyProbePathInTheManifestsAnswers() {
        Set<String> paths = new TreeSet<>();
        Kustomize.directories().forEach(directory -> {
            Container container = Rendering.of(directory).appContainer();
            for (Probe probe : new Probe[] { container.getStartupProbe(), container.getLivenessProbe(),
                    container.getReadinessProbe() }) {
                paths.add(probe.getHttpGet().getPath());
            }
        });
        for (String path : paths) {
            given().when().get(path).then().statusCode(200);
        }
    }
}
