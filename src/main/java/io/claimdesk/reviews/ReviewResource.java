package io.claimdesk.reviews;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.claimdesk.common.Limits;
import io.claimdesk.common.Page;
import io.claimdesk.common.ProblemDetail;
import io.claimdesk.security.BearerDocumentation;
import io.claimdesk.security.Roles;

@Path("/api/v1/claims/{claimId}/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews", description = "Verdicts on claims; append-only, corrected by newer reviews")
public class ReviewResource {

    @Inject
    ReviewService service;

    @POST
    @RolesAllowed(Roles.REVIEWER)
    @SecurityRequirement(name = BearerDocumentation.SCHEME)
    @Operation(operationId = "addReview", summary = "Give a verdict on a claim", description = "Rates the claim's truth (verdict) and its attribution to the speaker. The claim takes both verdicts and becomes REVIEWED. Reviews are never edited: a correction is a new review naming the one it supersedes, with a correctionReason; both stay listed. The reviewer is the caller.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "404", description = "No such claim", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "409", description = "The claim is dismissed, or the superseded review is already corrected", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "supersedes names no review of this claim", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Response add(@PathParam("claimId") UUID claimId, @NotNull @Valid NewReview request) {
        ReviewView review = service.add(claimId, request);
        return Response.created(URI.create("/api/v1/claims/" + claimId + "/reviews")).entity(review).build();
    }

    @POST
    @Path("/{reviewId}/approvals")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.REVIEWER)
    @SecurityRequirement(name = BearerDocumentation.SCHEME)
    @Operation(operationId = "approveReview", summary = "Approve another reviewer's review", description = "The second pair of eyes: publishing needs the published review to have claimdesk.workflow.required-approvals approvals. The approver is the caller; a review's author cannot approve it, and nobody approves a review twice. The approval shows on the review and in the claim's history.")
    @APIResponse(responseCode = "201", description = "Approved", content = @Content(schema = @Schema(implementation = ApprovalView.class)))
    @APIResponse(responseCode = "403", description = "The token's roles do not allow this, or the caller wrote the review", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "404", description = "No such claim, or no such review of it", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "409", description = "Already approved by the caller", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Response approve(@PathParam("claimId") UUID claimId, @PathParam("reviewId") UUID reviewId) {
        ApprovalView approval = service.approve(claimId, reviewId);
        return Response.created(URI.create("/api/v1/claims/" + claimId + "/reviews")).entity(approval).build();
    }

    @GET
    @Operation(operationId = "listReviews", summary = "Reviews of a claim, newest first", description = "Corrections and the reviews they supersede are both listed, linked by supersedes and supersededBy.")
    @APIResponse(responseCode = "200", description = "One page of reviews")
    @APIResponse(responseCode = "404", description = "No such claim", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Page<ReviewView> list(@PathParam("claimId") UUID claimId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Limits.MAX_PAGE) int limit,
            @QueryParam("cursor") String cursor) {
        return service.list(claimId, limit, cursor);
    }
}
