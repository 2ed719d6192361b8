package io.claimdesk.sources;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.claimdesk.common.Limits;
import io.claimdesk.common.Page;
import io.claimdesk.common.ProblemDetail;

@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "Articles that claims are taken from")
public class SourceResource {

    @Inject
    SourceService service;

    @GET
    @Operation(operationId = "listSources", summary = "List stored articles", description = "Newest first, or by relevance when q is given.")
    @APIResponse(responseCode = "200", description = "One page of sources")
    @APIResponse(responseCode = "400", description = "Invalid query", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Page<SourceSummary> list(
            @Parameter(description = "Full-text search over title and text (web search syntax)", example = "North Korea treaty") @QueryParam("q") String q,
            @Parameter(description = "Publisher, case-insensitive", example = "Korea JoongAng Daily") @QueryParam("publisher") String publisher,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Limits.MAX_PAGE) int limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return service.list(q, publisher, limit, cursor);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSource", summary = "Get an article with its text", description = "The text is returned verbatim, as stored; quote offsets point into it.")
    @APIResponse(responseCode = "200", description = "The source; ETag header set", content = @Content(schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "404", description = "No such source", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Response get(@PathParam("id") UUID id) {
        SourceView source = service.get(id);
        // Sources never change once stored, so their content hash is a strong validator.
        return Response.ok(source).tag(new EntityTag(source.contentHash())).build();
    }
}
