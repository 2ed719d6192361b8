package io.claimdesk.claims;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

import io.claimdesk.common.Limits;
import io.claimdesk.common.Page;
import io.claimdesk.common.ProblemDetail;
import io.claimdesk.security.BearerDocumentation;
import io.claimdesk.security.Roles;

@Path("/api/v1/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "Checkable claims, who made them and where they appear")
public class ClaimResource {

    @Inject
    ClaimService service;

    @Inject
    ClaimQueries queries;


    @GET
    @Operation(operationId = "listClaims", summary = "Find claims", description = "Newest first, or by relevance when q is given. Filters combine. A search ranks only its newest matches, as many as ranking.candidates; ranking.cutShort says when more claims matched and the older ones were left out (narrow the query to reach them).")
    @APIResponse(responseCode = "200", description = "One page of claims")
    @APIResponse(responseCode = "400", description = "Invalid query", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "401", description = "assignee=me without a valid token", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public ClaimPage list(
            @Parameter(description = "Full-text search over claim text and quotes (web search syntax: \"phrase\", or, -not)", example = "\"automatic military intervention\"") @QueryParam("q") String q,
            @QueryParam("status") ClaimStatus status,
            @QueryParam("verdict") Verdict verdict,
            @Parameter(description = "Whether the speaker said it, as reviewed") @QueryParam("attributionVerdict") AttributionVerdict attributionVerdict,
            @QueryParam("speakerId") UUID speakerId,
            @QueryParam("sourceId") UUID sourceId,
            @Parameter(example = "troops") @QueryParam("tag") String tag,
            @QueryParam("kind") ClaimKind kind,
            @Parameter(description = "Who works on the claim: a user name, me (the caller; needs a token) or none (unassigned)", example = "me")
            @QueryParam("assignee") @Size(max = 200) String assignee,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Limits.MAX_PAGE) int limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return queries.list(new ClaimFilter(q, status, verdict, attributionVerdict, speakerId, sourceId, tag, kind, assignee),
                limit, cursor);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = BearerDocumentation.SCHEME)
    @Operation(operationId = "deleteClaim", summary = "Delete a claim with its appearances, reviews and evidence", description = "Requires If-Match with the ETag of the claim as last read.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such claim", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since it was read", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Response delete(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the claim as last read", example = "W/\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/similar")
    @Operation(operationId = "listSimilarClaims", summary = "Claims that likely state the same thing", description = "First claims quoting overlapping text of a source this claim appears in (overlapping: true), then claims from other sources ranked by trigram similarity of the texts and full-text overlap; an editor can fold one in with POST /claims/{id}/merge.")
    @APIResponse(responseCode = "200", description = "Similar claims, best first, in one page (nextCursor is always null)")
    @APIResponse(responseCode = "400", description = "limit out of range (1 to 50)", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "404", description = "No such claim", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Page<SimilarClaim> similar(@PathParam("id") UUID id,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit) {
        // Shaped like every list; the ranking is one page, the best matches.
        return new Page<>(queries.similar(id, limit), null);
    }

    @POST
    @Path("/{id}/appearances")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = BearerDocumentation.SCHEME)
    @Operation(operationId = "addAppearance", summary = "Record another place where a claim appears", description = "The quote is anchored in the source's text like the quote of a new claim; a quote the text does not contain is a 422.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = AppearanceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "404", description = "No such claim", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "409", description = "The claim already appears at this quote", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "Unknown source, or a quote the source does not contain", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Response addAppearance(@PathParam("id") UUID id, @NotNull @Valid NewAppearance request) {
        AppearanceView created = service.addAppearance(id, request);
        return Response.created(URI.create("/api/v1/claims/" + id)).entity(created).build();
    }
}
