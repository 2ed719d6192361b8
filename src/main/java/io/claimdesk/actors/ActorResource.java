package io.claimdesk.actors;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.claimdesk.common.ETags;
import io.claimdesk.common.Limits;
import io.claimdesk.common.Page;
import io.claimdesk.common.ProblemDetail;
import io.claimdesk.security.BearerDocumentation;
import io.claimdesk.security.Roles;

@Path("/api/v1/actors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Actors", description = "People and organizations that claims are attributed to")
public class ActorResource {

    @Inject
    ActorService service;

    @POST
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = BearerDocumentation.SCHEME)
    @Operation(operationId = "createActor", summary = "Add a person or organization", description = "A name or alias that belongs to another actor is refused.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = ActorView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "409", description = "The name or an alias belongs to another actor", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Response create(@NotNull @Valid NewActor request) {
        ActorView created = service.create(request);
        return Response.created(URI.create("/api/v1/actors/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listActors", summary = "Find actors", description = "Alphabetical; q matches part of a name or alias.")
    @APIResponse(responseCode = "200", description = "One page of actors")
    @APIResponse(responseCode = "400", description = "Invalid query", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Page<ActorView> list(
            @Parameter(description = "Part of a name or alias, case-insensitive", example = "HUR") @QueryParam("q") String q,
            @QueryParam("kind") ActorKind kind,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Limits.MAX_PAGE) int limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return service.list(q, kind, limit, cursor);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getActor", summary = "Get an actor", description = "With its aliases and the pages that identify it elsewhere; the ETag is what a change sends in If-Match.")
    @APIResponse(responseCode = "200", description = "The actor; ETag header set for If-Match", content = @Content(schema = @Schema(implementation = ActorView.class)))
    @APIResponse(responseCode = "404", description = "No such actor", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Response get(@PathParam("id") UUID id) {
        ActorView actor = service.get(id);
        return Response.ok(actor).tag(ETags.of(actor.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = BearerDocumentation.SCHEME)
    @Operation(operationId = "updateActor", summary = "Change an actor", description = "Requires If-Match with the ETag as last read.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = ActorView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "404", description = "No such actor", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "409", description = "The name or an alias belongs to another actor", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since it was read", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the actor as last read", example = "W/\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ActorPatch patch) {
        service.update(id, ifMatch, patch);
        ActorView actor = service.get(id);
        return Response.ok(actor).tag(ETags.of(actor.version())).build();
    }

    @POST
    @Path("/{id}/merge")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = BearerDocumentation.SCHEME)
    @Operation(operationId = "mergeActors", summary = "Fold a duplicate actor into this one", description = "The duplicate's claims are attributed to this actor, its name and aliases become aliases here, and it is removed.")
    @APIResponse(responseCode = "200", description = "Merged", content = @Content(schema = @Schema(implementation = ActorView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, or an actor merged into itself", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "404", description = "No such actor", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "The duplicate does not exist", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Response merge(@PathParam("id") UUID id, @NotNull @Valid ActorMerge request) {
        ActorView actor = service.merge(id, request.actorId());
        return Response.ok(actor).tag(ETags.of(actor.version())).build();
    }
}
