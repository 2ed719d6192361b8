package io.claimdesk.common;

import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Behind a reverse proxy, the forwarded scheme and host it sends make the public URLs in answers. */
@QuarkusTest
@TestProfile(ForwardedHeadersTest.ProxyOnThisHost.class)
class ForwardedHeadersTest {

    public static class ProxyOnThisHost extends BehindProxy {
        @Override
        String trustedProxies() {
            return "127.0.0.1,[::1]";
        }
    }

    @Test
    void forwardedHostAndSchemeFromTheTrustedProxyMakeThePublicUrl() {
        BehindProxy.createForwardedFrom("claims.example.org").post("/api/v1/actors").then().statusCode(201)
                .header("Location", startsWith("https://claims.example.org/api/v1/actors/"));
    }
}
