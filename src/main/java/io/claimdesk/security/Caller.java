package io.claimdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.arc.Arc;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is making the current request, as its verified token says; never what a request body claims. */
@ApplicationScoped
public class Caller {

    /** Changes made outside any request, such as loading the dev sample data. */
    private static final String SYSTEM = "system";

    @Inject
    SecurityIdentity identity;

    /** The token's preferred_username, else its subject; a name that cannot be stored refuses the token. */
    public String name() {
        String name = tokenName();
        if (name.indexOf('\0') >= 0) {
            // PostgreSQL cannot store the NUL character, and every change records who made it.
            throw new UnauthorizedException("The token's user name contains the NUL character");
        }
        return name;
    }

    private String tokenName() {
        if (!Arc.container().requestContext().isActive() || identity.isAnonymous()) {
            return SYSTEM;
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String preferred = token.getClaim(Claims.preferred_username.name());
            if (preferred != null && !preferred.isBlank()) {
                return preferred;
            }
            if (token.getSubject() != null) {
                return token.getSubject();
            }
        }
        return identity.getPrincipal().getName();
    }

    /** For rules finer than an endpoint's role: 403 unless the caller has the role. */
    public void require(String role, String what) {
        if (!has(role)) {
            throw new ForbiddenException(what + " needs the " + role + " role");
        }
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    /** The caller's name for requests about themselves: 401 for an anonymous caller, who has none. */
    public String requireName(String what) {
        if (!Arc.container().requestContext().isActive() || identity.isAnonymous()) {
            throw new UnauthorizedException(what + " needs a token that names the caller");
        }
        return name();
    }
}
