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
    @Operation(operationId = "listClaimReviews", summary = "Change feed of published ClaimReviews", description = "Each claim whose publication changed (published, republished or retracted) after since, once, at its latest change, oldest change first. An entry carries the ClaimReview as now published, or for a retraction the claim's id and retractedAt. changedAt grows strictly in the order changes are committed, so polling with the last changedAt seen as since never misses a change and never returns one twice.")
    @APIResponse(responseCode = "200", description = "One page of changes")
    @APIResponse(responseCode = "400", description = "Invalid query", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Page<FeedEntry> feed(
            @Parameter(description = "Only changes after this instant: the changedAt of the last entry seen", example = "2024-10-26T09:30:00.123456Z") @QueryParam("since") Instant since,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Limits.MAX_PAGE) int limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return service.feed(since, limit, cursor);
    }
}
