package io.claimdesk.ingestion;

import io.claimdesk.security.Roles;
import io.claimdesk.security.BearerDocumentation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.claimdesk.common.ProblemDetail;
import io.claimdesk.sources.ExtractionReport;

@Path("/api/v1/sources/{id}/extraction")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
public class ExtractionResource {

    @Inject
    ExtractionService service;

    @POST
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = BearerDocumentation.SCHEME)
    @Operation(operationId = "extractClaims", summary = "Extract quotes and attributed statements from a stored article", description = "Found claims become NEW claims with origin EXTRACTED, a confidence, their figures and their attribution (speaker, cue, mode). Running it again adds nothing twice. Accept a suggestion by moving it to IN_REVIEW, drop it with DISMISSED.")
    @APIResponse(responseCode = "200", description = "What was found and added", content = @Content(schema = @Schema(implementation = ExtractionReport.class)))
    @APIResponse(responseCode = "404", description = "No such source", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "409", description = "An extraction running at the same time stored the same speakers first; run it again", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public ExtractionReport extract(@PathParam("id") UUID id) {
        return service.extract(id);
    }
}
