package io.claimdesk.deploy;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Production answers tell browsers to use HTTPS only; dev and test on plain localhost do not. */
class ProductionHeadersTest {

    private static final String HSTS = "quarkus.http.header.\"Strict-Transport-Security\".value";

    @Test
    void productionSendsStrictTransportSecurityForAYearAtLeast() {
        String value = AppConfig.load().value(HSTS, null);
        assertNotNull(value, "Strict-Transport-Security is configured for prod");
        long maxAge = Long.parseLong(value.replaceAll(".*max-age=(\\d+).*", "$1"));
        assertTrue(maxAge >= 31_536_000, value);
    }

    @Test
    void onlyProductionSendsIt() {
        assertTrue(AppConfig.load().keys().contains(HSTS));
        assertNull(AppConfig.load().unprofiled(HSTS), "set for %prod only");
    }
}
