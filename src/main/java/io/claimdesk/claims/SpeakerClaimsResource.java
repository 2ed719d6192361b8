package io.claimdesk.claims;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.claimdesk.actors.ActorService;
import io.claimdesk.common.Limits;
import io.claimdesk.common.Page;
import io.claimdesk.common.ProblemDetail;

@Path("/api/v1/actors/{id}/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Actors")
public class SpeakerClaimsResource {

    @Inject
    ActorService actors;

    @Inject
    ClaimQueries claims;

    @GET
    @Operation(operationId = "listActorClaims", summary = "Claims attributed to an actor, newest first", description = "The claims whose speaker is this actor, with where they appear.")
    @APIResponse(responseCode = "200", description = "One page of claims")
    @APIResponse(responseCode = "404", description = "No such actor", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Page<ClaimSummary> claims(@PathParam("id") UUID id,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Limits.MAX_PAGE) int limit,
            @QueryParam("cursor") String cursor) {
        actors.require(id);
        return claims.list(ClaimFilter.bySpeaker(id), limit, cursor).unranked();
    }
}
