package io.claimdesk.claimdetail;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.claimdesk.claims.ClaimAssignment;
import io.claimdesk.claims.ClaimMerge;
import io.claimdesk.claims.ClaimPatch;
import io.claimdesk.claims.ClaimService;
import io.claimdesk.claims.NewClaim;
import io.claimdesk.common.ETags;
import io.claimdesk.common.ProblemDetail;
import io.claimdesk.security.BearerDocumentation;
import io.claimdesk.security.Roles;

@Path("/api/v1/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "Checkable claims, who made them and where they appear")
public class ClaimDetailResource {

    /** What recording a claim answers: not reviewed yet, so without verdicts, review or publication. */
    static final String NEW_CLAIM = """
            {
              "id": "3f1c9a52-6d0e-4b7e-9a55-2a7d1c0e8b14",
              "text": "About 12,000 North Korean soldiers are being trained at five military training grounds in eastern Russia.",
              "kind": "STATEMENT",
              "speaker": {"id": "7d2e4b10-5c3a-4f8e-9b21-6a0c1d2e3f40", "name": "Defence Intelligence of Ukraine", "kind": "GOVERNMENT"},
              "status": "NEW",
              "assignee": null,
              "verdict": null,
              "attributionVerdict": null,
              "tags": ["north-korea", "troops"],
              "origin": "MANUAL",
              "confidence": null,
              "figures": [],
              "appearances": [{
                "id": "c4a8e2f6-1b3d-4e5f-8a9b-0c1d2e3f4a5b",
                "source": {
                  "id": "0b6f3f8e-2f7c-4a59-9a43-0c8f1f1f7a11",
                  "title": "North Korean troops are training in eastern Russia, HUR says",
                  "url": "https://news.example.org/2024/10/18/north-korean-troops-russia",
                  "publisher": "Times News"
                },
                "quote": {
                  "exact": "about 12,000 North Korean soldiers are being trained at five military training grounds in eastern Russia",
                  "prefix": "e grounds.\\n\\nAccording to HUR, ",
                  "suffix": ", including Ussuriysk, Ulan-Ude",
                  "start": 4310,
                  "end": 4412
                },
                "attribution": {
                  "speaker": {"id": "7d2e4b10-5c3a-4f8e-9b21-6a0c1d2e3f40", "name": "Defence Intelligence of Ukraine", "kind": "GOVERNMENT"},
                  "cue": "according to",
                  "mode": "INDIRECT"
                },
                "createdAt": "2024-10-26T09:30:00Z"
              }],
              "latestReview": null,
              "evidence": [],
              "publication": null,
              "createdAt": "2024-10-26T09:30:00Z",
              "updatedAt": "2024-10-26T09:30:00Z",
              "version": 0
            }""";

    @Inject
    ClaimService claims;

    @Inject
    ClaimDetailQuery details;



    @POST
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = BearerDocumentation.SCHEME)
    @Operation(operationId = "createClaim", summary = "Record a claim", description = "With sourceId and quote, the quote is anchored in the source's text; a quote the text does not contain is a 422, and one overlapping the quote of a claim already recorded in that source is a 409 naming it (existingId, Location) unless allowOverlap is true. A speaker given by name is the actor with that name or alias, or with the name or acronym of a name like \"Defence Intelligence of Ukraine (HUR)\", or spelled alike up to case, accents, hyphens and spaces; an unknown name is created.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = ClaimDetail.class),
            examples = @ExampleObject(name = "newClaim", summary = "A new claim quoted from a stored article", value = NEW_CLAIM)))
    @APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "409", description = "The quote overlaps a claim already recorded in the source (named by existingId), or a request running at the same time created the same new speaker; send it again", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "Unknown source or speaker id, or a quote the source does not contain", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Response create(@NotNull @Valid NewClaim request,
            @Parameter(description = "Record the claim even when its quote overlaps one already recorded in the source")
            @QueryParam("allowOverlap") @DefaultValue("false") boolean allowOverlap) {
        ClaimDetail created = details.get(claims.create(request, allowOverlap));
        return Response.created(URI.create("/api/v1/claims/" + created.id()))
                .tag(ETags.of(created.version())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getClaim", summary = "Get a claim with its appearances, latest review, evidence and publication", description = "The ETag is what a change sends in If-Match.")
    @APIResponse(responseCode = "200", description = "The claim; ETag header set for If-Match", content = @Content(schema = @Schema(implementation = ClaimDetail.class)))
    @APIResponse(responseCode = "404", description = "No such claim", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Response get(@PathParam("id") UUID id) {
        ClaimDetail claim = details.get(id);
        return Response.ok(claim).tag(ETags.of(claim.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @RolesAllowed(Roles.REVIEWER)
    @SecurityRequirement(name = BearerDocumentation.SCHEME)
    @Operation(operationId = "updateClaim", summary = "Change a claim", description = "Requires If-Match with the ETag of the claim as last read, so that two reviewers never overwrite each other. A change of status alone needs the reviewer role; any other change the editor role.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = ClaimDetail.class)))
    @APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "404", description = "No such claim", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "409", description = "Status change not allowed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since it was read", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "The speaker id names no actor", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the claim as last read", example = "W/\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ClaimPatch patch) {
        claims.update(id, ifMatch, patch);
        ClaimDetail claim = details.get(id);
        return Response.ok(claim).tag(ETags.of(claim.version())).build();
    }

    @PUT
    @Path("/{id}/assignment")
    @RolesAllowed(Roles.REVIEWER)
    @SecurityRequirement(name = BearerDocumentation.SCHEME)
    @Operation(operationId = "assignClaim", summary = "Give a claim to someone to work on", description = "Editors assign anyone; a reviewer may take an unassigned claim for themselves. Requires If-Match with the claim's ETag; the change is audited. GET /claims?assignee=me lists the caller's claims.")
    @APIResponse(responseCode = "200", description = "Assigned", content = @Content(schema = @Schema(implementation = ClaimDetail.class)))
    @APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "404", description = "No such claim", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "403", description = "The token's roles do not allow this, or a reviewer assigning someone else", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "409", description = "A reviewer taking a claim assigned to someone else", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since it was read", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Response assign(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the claim as last read", example = "W/\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ClaimAssignment request) {
        claims.assign(id, ifMatch, request.assignee());
        ClaimDetail claim = details.get(id);
        return Response.ok(claim).tag(ETags.of(claim.version())).build();
    }

    @DELETE
    @Path("/{id}/assignment")
    @RolesAllowed(Roles.REVIEWER)
    @SecurityRequirement(name = BearerDocumentation.SCHEME)
    @Operation(operationId = "unassignClaim", summary = "Leave a claim to nobody", description = "Its assignee gives it back, or an editor takes it away. Requires If-Match with the claim's ETag; the change is audited.")
    @APIResponse(responseCode = "200", description = "Unassigned", content = @Content(schema = @Schema(implementation = ClaimDetail.class)))
    @APIResponse(responseCode = "403", description = "The token's roles do not allow this, or a reviewer unassigning someone else", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "404", description = "No such claim", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since it was read", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Response unassign(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the claim as last read", example = "W/\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        claims.unassign(id, ifMatch);
        ClaimDetail claim = details.get(id);
        return Response.ok(claim).tag(ETags.of(claim.version())).build();
    }

    @POST
    @Path("/{id}/merge")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = BearerDocumentation.SCHEME)
    @Operation(operationId = "mergeClaims", summary = "Fold another claim into this one", description = "The other claim's appearances and evidence move here and it is removed. A claim with reviews cannot be folded in.")
    @APIResponse(responseCode = "200", description = "Folded in", content = @Content(schema = @Schema(implementation = ClaimDetail.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, or a claim folded into itself", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "404", description = "No such claim", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "409", description = "The other claim has reviews", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "The other claim does not exist", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Response merge(@PathParam("id") UUID id, @NotNull @Valid ClaimMerge request) {
        claims.fold(id, request.claimId());
        ClaimDetail claim = details.get(id);
        return Response.ok(claim).tag(ETags.of(claim.version())).build();
    }
}
