package io.claimdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import jakarta.annotation.Priority;

import org.junit.jupiter.api.Test;

import io.claimdesk.common.SchemaMigration;
import io.quarkus.runtime.StartupEvent;

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

    @Test
    void tokenSettingsAreCheckedBeforeTheSchemaIsMigrated() throws NoSuchMethodException {
        assertTrue(startupPriority(VerificationKeyCheck.class, "onStart") < startupPriority(SchemaMigration.class, "migrate"));
    }

    private static int startupPriority(Class<?> observer, String method) throws NoSuchMethodException {
        return observer.getDeclaredMethod(method, StartupEvent.class).getParameters()[0].getAnnotation(Priority.class).value();
    }
}
