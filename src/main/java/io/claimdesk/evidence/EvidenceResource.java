package io.claimdesk.evidence;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.claimdesk.common.Limits;
import io.claimdesk.common.Page;
import io.claimdesk.common.ProblemDetail;
import io.claimdesk.security.BearerDocumentation;
import io.claimdesk.security.Roles;

@Path("/api/v1/claims/{claimId}/evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence", description = "Documents that support, refute or give context to claims")
public class EvidenceResource {

    @Inject
    EvidenceService service;

    @POST
    @RolesAllowed(Roles.REVIEWER)
    @SecurityRequirement(name = BearerDocumentation.SCHEME)
    @Operation(operationId = "addEvidence", summary = "Link a document to a claim", description = "A stored source (optionally a quote in it, anchored like appearances) or an external URL. addedBy is the caller.")
    @APIResponse(responseCode = "201", description = "Linked", content = @Content(schema = @Schema(implementation = EvidenceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "404", description = "No such claim", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "Unknown source, or a quote the source does not contain", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Response add(@PathParam("claimId") UUID claimId, @NotNull @Valid NewEvidence request) {
        EvidenceView created = service.add(claimId, request);
        return Response.created(URI.create("/api/v1/claims/" + claimId + "/evidence/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listEvidence", summary = "Evidence linked to a claim, oldest first", description = "Each item is a stored source, with the quote in it when one was given, or an external URL.")
    @APIResponse(responseCode = "200", description = "One page of evidence")
    @APIResponse(responseCode = "404", description = "No such claim", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Page<EvidenceView> list(@PathParam("claimId") UUID claimId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Limits.MAX_PAGE) int limit,
            @QueryParam("cursor") String cursor) {
        return service.list(claimId, limit, cursor);
    }

    @DELETE
    @Path("/{evidenceId}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = BearerDocumentation.SCHEME)
    @Operation(operationId = "deleteEvidence", summary = "Unlink a document from a claim", description = "The unlinking is recorded in the claim's history.")
    @APIResponse(responseCode = "204", description = "Unlinked")
    @APIResponse(responseCode = "404", description = "No such claim or evidence", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Response delete(@PathParam("claimId") UUID claimId, @PathParam("evidenceId") UUID evidenceId) {
        service.delete(claimId, evidenceId);
        return Response.noContent().build();
    }
}
