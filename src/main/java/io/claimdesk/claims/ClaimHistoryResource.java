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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.claimdesk.audit.AuditEntryView;
import io.claimdesk.audit.AuditLog;
import io.claimdesk.common.Limits;
import io.claimdesk.common.Page;
import io.claimdesk.common.ProblemDetail;

@Path("/api/v1/claims/{claimId}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "History", description = "Who changed what, when: the append-only audit trail of claims")
public class ClaimHistoryResource {

    @Inject
    AuditLog log;

    @Inject
    ClaimService claims;

    @GET
    @Operation(operationId = "getClaimHistory", summary = "Changes to a claim, oldest first", description = "Every change to the claim, its appearances, reviews, evidence and publication, with the state before and after.")
    @APIResponse(responseCode = "200", description = "One page of changes")
    @APIResponse(responseCode = "400", description = "Invalid query", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "404", description = "No such claim", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Page<AuditEntryView> history(@PathParam("claimId") UUID claimId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Limits.MAX_PAGE) int limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        claims.require(claimId);
        return log.forClaim(claimId, limit, cursor);
    }
}
