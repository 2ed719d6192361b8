package io.claimdesk.security;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.claimdesk.common.SchemaMigration;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start without a way to verify tokens. Only the dev and test profiles trust the development key,
 * so a production deployment must name its identity provider's key and issuer.
 */
@ApplicationScoped
public class VerificationKeyCheck {

    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> publicKey;

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> publicKeyLocation;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    Optional<String> issuer;

    /** Before the schema is migrated, so that a deployment that cannot verify tokens leaves the database alone. */
    void onStart(@Observes @Priority(SchemaMigration.PRIORITY - 1) StartupEvent event) {
        missing(publicKey, publicKeyLocation, issuer).ifPresent(message -> {
            // One plain line for whoever reads the console, whatever format the log is in.
            System.err.println("Claimdesk cannot start: " + message);
            throw new IllegalStateException(message);
        });
    }

    /** What is missing to verify tokens, if anything. */
    static Optional<String> missing(Optional<String> key, Optional<String> keyLocation, Optional<String> issuer) {
        if (key.filter(value -> !value.isBlank()).isEmpty() && keyLocation.filter(value -> !value.isBlank()).isEmpty()) {
            return Optional.of("No key to verify bearer tokens: set MP_JWT_VERIFY_PUBLICKEY_LOCATION (a PEM file or"
                    + " the identity provider's JWKS URL) or MP_JWT_VERIFY_PUBLICKEY");
        }
        if (issuer.filter(value -> !value.isBlank()).isEmpty()) {
            return Optional.of("No token issuer configured: set MP_JWT_VERIFY_ISSUER to the identity provider's issuer URL");
        }
        return Optional.empty();
    }
}
