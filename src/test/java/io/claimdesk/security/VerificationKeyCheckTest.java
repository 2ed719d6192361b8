package io.claimdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class VerificationKeyCheckTest {

    private static final Optional<String> ISSUER = Optional.of("https://id.example.org/realms/claimdesk");

    @Test
    void startingWithoutAKeyIsRefusedNamingTheSetting() {
        Optional<String> problem = VerificationKeyCheck.missing(Optional.empty(), Optional.of(" "), ISSUER);
        assertTrue(problem.orElseThrow().contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION"), problem.get());
    }

    @Test
    void startingWithoutAnIssuerIsRefusedNamingTheSetting() {
        Optional<String> problem = VerificationKeyCheck.missing(Optional.empty(),
                Optional.of("https://id.example.org/realms/claimdesk/protocol/openid-connect/certs"), Optional.empty());
        assertTrue(problem.orElseThrow().contains("MP_JWT_VERIFY_ISSUER"), problem.get());
    }

    @Test
    void aKeyLocationOrAnInlineKeyWithAnIssuerIsEnough() {
        assertEquals(Optional.empty(), VerificationKeyCheck.missing(Optional.empty(), Optional.of("file:/keys/publicKey.pem"), ISSUER));
        assertEquals(Optional.empty(), VerificationKeyCheck.missing(Optional.of("MIIBIjANBg..."), Optional.empty(), ISSUER));
    }
}
