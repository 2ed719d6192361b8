package io.claimdesk.publishing;

import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.claimdesk.common.Limits;
import io.claimdesk.common.Page;
import io.claimdesk.common.ProblemDetail;

@Path("/api/v1/claim-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Publishing", description = "Reviewed claims published as schema.org ClaimReview")
public class ClaimReviewFeedResource {

    @Inject
    PublicationService service;

    @GET
    @Operation(operationId = "listClaimReviews", summary = "Feed of published ClaimReviews", description = "Currently published reviews as JSON-LD ClaimReview objects, oldest publication first; poll with since to get what is new.")
    @APIResponse(responseCode = "200", description = "One page of ClaimReviews")
    @APIResponse(responseCode = "400", description = "Invalid query", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Page<ClaimReview> feed(
            @Parameter(description = "Only reviews published at or after this instant", example = "2024-10-25T09:00:00Z") @QueryParam("since") Instant since,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Limits.MAX_PAGE) int limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return service.feed(since, limit, cursor);
    }
}
