package io.claimdesk.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimdesk.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;

/** Only tokens signed with a trusted key, by the configured issuer, still valid, get in. */
@QuarkusTest
class TokenValidationTest {

    /** Refused with a 401 problem whose detail says why, so the caller knows what to fix. */
    private static void refused(String token, String because) {
        given().header("Authorization", Tokens.bearer(token)).contentType(ContentType.JSON)
                .body(Map.of("name", "Actor " + token.hashCode(), "kind", "PERSON"))
                .post("/api/v1/actors")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer error=\"invalid_token\""))
                .body("status", equalTo(401))
                .body("type", equalTo("urn:claimdesk:problem:invalid-token"))
                .body("detail", containsString(because));
    }

    @Test
    void aValidTokenGetsIn() {
        given().header("Authorization", Tokens.bearer(Tokens.of("valid.user", "editor"))).contentType(ContentType.JSON)
                .body(Map.of("name", "Actor " + System.nanoTime(), "kind", "PERSON"))
                .post("/api/v1/actors").then().statusCode(201);
    }

    @Test
    void aTokenWhoseUserNameCannotBeStoredIsRefused() {
        refused(Tokens.of("nul\0name", "editor"), "NUL character");
    }

    @Test
    void anExpiredTokenIsRefused() {
        long now = Instant.now().getEpochSecond();
        refused(Tokens.claims("late", "admin").issuedAt(now - 7_200).expiresAt(now - 3_600).sign(Tokens.key()), "expired");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        refused(Jwt.issuer("https://issuer.example.org").subject("x").groups("admin").expiresIn(3600).sign(Tokens.key()),
                "issuer this service does not trust");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        refused(Tokens.claims("forger", "admin").sign(generator.generateKeyPair().getPrivate()), "signature does not verify");
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String payload = Tokens.of("unsigned", "admin").split("\\.")[1];
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        refused(header + "." + payload + ".", "not a valid signed JWT");
    }

    @Test
    void aTamperedTokenIsRefused() {
        String[] parts = Tokens.of("reviewer.only", "reviewer").split("\\.");
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"reviewer\"]", "\"admin\"]").getBytes(StandardCharsets.UTF_8));
        refused(parts[0] + "." + payload + "." + parts[2], "signature does not verify");
    }

    @Test
    void somethingThatIsNoTokenIsRefused() {
        refused("not-a-token", "not a valid signed JWT");
    }

    @Test
    void aTokenIssuedInTheFutureIsRefusedBeyondTheClockLeeway() {
        long now = Instant.now().getEpochSecond();
        refused(Tokens.claims("early", "admin").issuedAt(now + 86_400).expiresAt(now + 90_000).sign(Tokens.key()), "issued in the future");
        given().header("Authorization", Tokens.bearer(Tokens.claims("slightly.early", "editor")
                        .issuedAt(now + 20).expiresAt(now + 3_600).sign(Tokens.key())))
                .contentType(ContentType.JSON).body(Map.of("name", "Actor " + System.nanoTime(), "kind", "PERSON"))
                .post("/api/v1/actors").then().statusCode(201);
    }

    @Test
    void aTokenWhoseGroupsAreNotAListIsRefused() {
        refused(Tokens.claims("lone.group").claim("groups", "admin").sign(Tokens.key()), "groups claim must be a list");
    }

    @Test
    void aMissingTokenIsAskedFor() {
        given().noFiltersOfType(Tokens.Default.class)
                .contentType(ContentType.JSON).body(Map.of("name", "Anonymous actor", "kind", "PERSON"))
                .post("/api/v1/actors")
                .then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("type", equalTo("urn:claimdesk:problem:unauthorized"))
                .body("detail", containsString("Authorization: Bearer"));
    }
}
