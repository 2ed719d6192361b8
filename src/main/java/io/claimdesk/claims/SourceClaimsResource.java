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

import io.claimdesk.common.Limits;
import io.claimdesk.common.Page;
import io.claimdesk.common.ProblemDetail;

@Path("/api/v1/sources/{id}/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
public class SourceClaimsResource {

    @Inject
    ClaimQueries claims;

    @GET
    @Operation(operationId = "listSourceClaims", summary = "Claims that appear in an article", description = "In the order their quotes appear in the text; each item carries its quote in this source.")
    @APIResponse(responseCode = "200", description = "One page of claims")
    @APIResponse(responseCode = "404", description = "No such source", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Page<SourceClaimView> claims(@PathParam("id") UUID id,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Limits.MAX_PAGE) int limit,
            @QueryParam("cursor") String cursor) {
        return claims.listInSource(id, limit, cursor);
    }
}
