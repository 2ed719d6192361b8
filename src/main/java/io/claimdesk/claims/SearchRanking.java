package io.claimdesk.claims;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a search ranked its matches. A field of the page rather than a response header: it is part of the documented
 * schema Swagger UI shows, and browser front ends read it without the server exposing another header to CORS.
 */
@Schema(description = "How a search ranked its matches: only the newest ones, at most candidates of them, the same on every page")
public record SearchRanking(
        @Schema(description = "The most matches a search ranks by relevance: its newest ones (claimdesk.search.ranked-candidates)", example = "1000") int candidates,
        @Schema(description = "Whether more claims matched than were ranked: the older matches are on no page of this search; add words, a phrase or a filter to reach them", example = "true") boolean cutShort) {
}
