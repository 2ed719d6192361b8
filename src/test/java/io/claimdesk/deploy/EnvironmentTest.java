package io.claimdesk.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.claimdesk.deploy.ConfigKeys.Verdict;

/**
 * Every environment variable the manifests give the application is a configuration key it reads at run time, or a
 * JVM setting the image's start script reads (one the Dockerfile sets).
 */
class EnvironmentTest {

    private static final ConfigKeys KEYS = ConfigKeys.load();

    @ParameterizedTest
    @MethodSource("io.claimdesk.deploy.Kustomize#directories")
    void everyVariableTheManifestsSetIsAKeyTheAppReadsAtRunTime(String directory) {
        Map<String, Verdict> wrong = new TreeMap<>();
        for (String name : Rendering.of(directory).appEnvironment().keySet()) {
            Verdict verdict = KEYS.judge(name);
            if (verdict == Verdict.UNKNOWN || verdict == Verdict.BUILD_TIME_KEY) {
                wrong.put(name, verdict);
            }
        }
        assertEquals(Map.of(), wrong, directory + ": variables that are no run-time configuration key of the app"
                + " or the image (BUILD_TIME_KEY: fixed when the image is built, so setting it in a manifest does nothing)");
    }

    @Test
    void aMisspelledOrBuildTimeKeyIsRejected() {
        assertTrue(KEYS.quarkusKeyCount() > 100, "Quarkus config metadata found on the classpath");
        assertEquals(Verdict.RUNTIME_KEY, KEYS.judge("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals(Verdict.UNKNOWN, KEYS.judge("QUARKUS_DATASOURCE_JDBC_ULR"));
        assertEquals(Verdict.BUILD_TIME_KEY, KEYS.judge("QUARKUS_DATASOURCE_DB_KIND"));
        assertEquals(Verdict.APPLICATION_KEY, KEYS.judge("DB_POOL_MAX_SIZE"));
        assertEquals(Verdict.DOCUMENTED_KEY, KEYS.judge("MP_JWT_VERIFY_ISSUER"));
        assertEquals(Verdict.UNKNOWN, KEYS.judge("MP_JWT_VERIFY_ISSUR"));
        assertEquals(Verdict.IMAGE_KEY, KEYS.judge("GC_CONTAINER_OPTIONS"));
        assertEquals(Verdict.UNKNOWN, KEYS.judge("GC_CONTAINER_OPTION"));
    }

    @Test
    void environmentNamesFollowSmallRyeConfigMapping() {
        assertEquals("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", ConfigKeys.environmentName("quarkus.datasource.jdbc.max-size"));
        assertEquals("MP_JWT_VERIFY_PUBLICKEY_LOCATION", ConfigKeys.environmentName("mp.jwt.verify.publickey.location"));
    }
}
