package io.claimdesk.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Forwarded headers from anyone but the configured proxies are ignored: a client cannot choose the host in answers. */
@QuarkusTest
@TestProfile(UntrustedForwardedHeadersTest.ProxyElsewhere.class)
class UntrustedForwardedHeadersTest {

    public static class ProxyElsewhere extends BehindProxy {
        @Override
        String trustedProxies() {
            // TEST-NET-1: never the address these requests come from.
            return "192.0.2.1";
        }
    }

    @Test
    void forwardedHostAndSchemeFromAnyoneElseAreIgnored() {
        BehindProxy.createForwardedFrom("evil.example").post("/api/v1/actors").then().statusCode(201)
                .header("Location", not(containsString("evil.example")))
                .header("Location", startsWith("http://"));
    }
}
