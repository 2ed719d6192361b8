package io.claimdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Set;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/** Bearer tokens signed with the development key, which the test profile trusts. */
public final class Tokens {

    public static final String ISSUER = "https://claimdesk.dev/issuer";
    /** The caller of API tests that do not say otherwise: an admin, so every operation is allowed. */
    public static final String DEFAULT_USER = "m.lee";

    private static final PrivateKey KEY = readKey(Path.of("scripts", "dev-private-key.pem"));

    private Tokens() {
    }

    /** A valid token for the user with the given groups, good for an hour. */
    public static String of(String user, String... roles) {
        return claims(user, roles).sign(KEY);
    }

    public static JwtClaimsBuilder claims(String user, String... roles) {
        return Jwt.issuer(ISSUER).subject(user).upn(user).claim("preferred_username", user)
                .groups(Set.of(roles)).expiresIn(3600);
    }

    public static PrivateKey key() {
        return KEY;
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static PrivateKey readKey(Path pem) {
        try {
            return KeyUtils.decodePrivateKey(Files.readString(pem));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the development key " + pem, e);
        }
    }

    /**
     * Sends the default caller's token with every request that carries none. Tests of anonymous access leave it
     * out with given().noFiltersOfType(Tokens.Default.class).
     */
    public static final class Default implements Filter {

        private final String header = bearer(of(DEFAULT_USER, "admin"));

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header("Authorization", header);
            }
            return context.next(request, response);
        }
    }
}
