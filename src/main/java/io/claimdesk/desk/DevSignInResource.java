package io.claimdesk.desk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.HashSet;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Development sign-in: a token for any user and role, signed with the development key that only the dev and test
 * profiles trust. Production builds do not contain this resource at all.
 */
@Path("/desk/dev-sign-in")
@IfBuildProfile(anyOf = { "dev", "test" })
@IfBuildProperty(name = "claimdesk.desk.dev-sign-in", stringValue = "true")
public class DevSignInResource {

    @Inject
    DeskConfig config;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Map<String, String> signIn(@NotNull @Valid DevSignIn request) {
        String token = Jwt.issuer(issuer).subject(request.user()).upn(request.user())
                .claim("preferred_username", request.user())
                .groups(new HashSet<>(request.roles())).expiresIn(3600).sign(key());
        return Map.of("accessToken", token);
    }

    private PrivateKey key() {
        String keyFile = config.devKey().orElseThrow(() -> new IllegalStateException("claimdesk.desk.dev-key is not set"));
        try {
            return KeyUtils.decodePrivateKey(Files.readString(java.nio.file.Path.of(keyFile)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the development key " + keyFile, e);
        }
    }
}
