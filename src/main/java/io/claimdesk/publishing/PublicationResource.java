package io.claimdesk.publishing;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.claimdesk.common.Limits;
import io.claimdesk.common.Page;
import io.claimdesk.common.ProblemDetail;
import io.claimdesk.security.BearerDocumentation;
import io.claimdesk.security.Roles;

@Path("/api/v1/claims/{claimId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Publishing", description = "Reviewed claims published as schema.org ClaimReview")
public class PublicationResource {

    private static final String JSON_LD = "application/ld+json";

    @Inject
    PublicationService service;

    @POST
    @Path("/publication")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = BearerDocumentation.SCHEME)
    @Operation(operationId = "publishClaim", summary = "Publish a reviewed claim's newest review as a ClaimReview", description = "The claim must be REVIEWED, and its newest review approved by claimdesk.workflow.required-approvals other reviewers. Publishes a new version: the review's verdicts and rationale as they are now, which the ClaimReview shows until an editor publishes again. A claim published already gets a new version when it has a newer review: datePublished stays the first publication's, dateModified becomes this one's, and the earlier version stays listed under /publications.")
    @APIResponse(responseCode = "201", description = "Published; Location is the ClaimReview", content = @Content(schema = @Schema(implementation = PublicationView.class)))
    @APIResponse(responseCode = "404", description = "No such claim", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "409", description = "Not REVIEWED, published with its newest review already, or approvals missing (type urn:claimdesk:problem:approvals-missing, with missingApprovals)", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Response publish(@PathParam("claimId") UUID claimId) {
        PublicationView publication = service.publish(claimId);
        return Response.created(URI.create("/api/v1/claims/" + claimId + "/claim-review")).entity(publication).build();
    }

    @DELETE
    @Path("/publication")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = BearerDocumentation.SCHEME)
    @Operation(operationId = "retractClaimPublication", summary = "Retract a published ClaimReview", description = "The version on line stays on record with who retracted it, when and why, and the change feed reports the retraction; the claim can be published again.")
    @APIResponse(responseCode = "200", description = "Retracted", content = @Content(schema = @Schema(implementation = PublicationView.class)))
    @APIResponse(responseCode = "400", description = "No reason given", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "404", description = "No such claim", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "409", description = "Not published", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public PublicationView retract(@PathParam("claimId") UUID claimId,
            @Parameter(description = "Why it is retracted", required = true, example = "The verdict is being corrected after the NIS revised its estimate.")
            @QueryParam("reason") @NotBlank @Size(max = 2_000) String reason) {
        return service.retract(claimId, reason);
    }

    @GET
    @Path("/publications")
    @Operation(operationId = "listClaimPublications", summary = "Every published version of a claim's review, newest first", description = "Each version with the review it published, its verdicts and rationale as published, and when it was superseded or retracted.")
    @APIResponse(responseCode = "200", description = "One page of versions")
    @APIResponse(responseCode = "400", description = "Invalid query", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "404", description = "No such claim", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Page<PublicationView> versions(@PathParam("claimId") UUID claimId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Limits.MAX_PAGE) int limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return service.versions(claimId, limit, cursor);
    }

    @GET
    @Path("/claim-review")
    @Produces({ JSON_LD, MediaType.APPLICATION_JSON })
    @Operation(operationId = "getClaimReview", summary = "The schema.org ClaimReview of a published claim", description = "JSON-LD for search engines and fact-check aggregators: the version on line, as an editor published it; newer reviews show only once published.")
    @APIResponse(responseCode = "200", description = "The ClaimReview; JSON-LD unless the Accept header asks for plain JSON", content = {
            @Content(mediaType = JSON_LD, schema = @Schema(implementation = ClaimReview.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimReview.class)) })
    @APIResponse(responseCode = "404", description = "No such claim, or not published", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public ClaimReview claimReview(@PathParam("claimId") UUID claimId) {
        return service.claimReview(claimId);
    }
}
