package io.claimdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.claimdesk.common.ClaimdeskConfig;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/** Reads are public unless claimdesk.security.public-reads is false; then they need a valid token, any role. */
// Application-scoped so that it is created at the first request, when the runtime configuration is known.
@ApplicationScoped
public class ReadAccess {

    @Inject
    ClaimdeskConfig config;

    @Inject
    CurrentIdentityAssociation identity;

    @ServerRequestFilter
    public Uni<Response> requireTokenForReads(ContainerRequestContext request) {
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        if (config.security().publicReads() || !read) {
            return Uni.createFrom().nullItem();
        }
        return identity.getDeferredIdentity().map(caller -> {
            if (caller.isAnonymous()) {
                throw new UnauthorizedException();
            }
            return null;
        });
    }
}
