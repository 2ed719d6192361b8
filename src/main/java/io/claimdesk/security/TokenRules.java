package io.claimdesk.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimdesk.common.TokenRefusals;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * What a verified token must also be: issued no later than now, give or take the clock leeway the verifier
 * allows for expiry, and with its groups as a list. A token that breaks either rule was not made the way the
 * identity provider makes tokens, so it is refused rather than read generously.
 */
@ApplicationScoped
public class TokenRules implements SecurityIdentityAugmentor {

    @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60")
    int leewaySeconds;

    @Inject
    ObjectMapper json;

    /** Before the roles are widened: a refused token gets no roles at all. */
    @Override
    public int priority() {
        return 100;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return refusal(token, Instant.now())
                .<Uni<SecurityIdentity>>map(reason -> Uni.createFrom().failure(TokenRefusals.refuse(reason)))
                .orElseGet(() -> Uni.createFrom().item(identity));
    }

    Optional<String> refusal(JsonWebToken token, Instant now) {
        if (token.getIssuedAtTime() > now.getEpochSecond() + leewaySeconds) {
            return Optional.of(TokenRefusals.ISSUED_IN_THE_FUTURE);
        }
        JsonNode groups = payload(token).path("groups");
        if (!groups.isMissingNode() && !groups.isArray()) {
            return Optional.of("The bearer token's groups claim must be a list of role names");
        }
        return Optional.empty();
    }

    /** The claims as the issuer wrote them, before the verifier turned a lone group into a list of one. */
    private JsonNode payload(JsonWebToken token) {
        String[] parts = token.getRawToken().split("\\.");
        try {
            return json.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            // The verifier has parsed this very token; it cannot be unreadable here.
            throw new IllegalStateException("verified token is unreadable", e);
        }
    }
}
