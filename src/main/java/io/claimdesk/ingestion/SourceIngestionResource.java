package io.claimdesk.ingestion;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

import io.claimdesk.common.ProblemDetail;
import io.claimdesk.security.BearerDocumentation;
import io.claimdesk.security.Roles;
import io.claimdesk.sources.NewSource;
import io.claimdesk.sources.SourceView;

/** Storing an article goes through ingestion, which can extract its claims in the same transaction. */
@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "Articles that claims are taken from")
public class SourceIngestionResource {

    @Inject
    ExtractionService extraction;

    @POST
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = BearerDocumentation.SCHEME)
    @Operation(operationId = "createSource", summary = "Store an article", description = "Stores the article text verbatim; title, authors, publisher, date and language the request leaves out are read from the text. With extract=true its quotes and attributed statements become NEW claims in the same call. The same URL or the same text stored before is a 409 that names the existing source.")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "409", description = "Already stored: existingId names it", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "413", description = "Body larger than the limit", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Response create(@NotNull @Valid NewSource request,
            @Parameter(description = "Also extract the article's quotes and attributed statements as NEW claims") @QueryParam("extract") @DefaultValue("false") boolean extract) {
        SourceView created = extraction.ingest(request, extract);
        return Response.created(URI.create("/api/v1/sources/" + created.id())).entity(created).build();
    }
}
