package io.claimdesk.claims;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.claimdesk.common.Page;

/** One page of claims; pass nextCursor back as cursor for the next page. A search says how it ranked them. */
@Schema(description = "One page of claims; on a search, also how its matches were ranked")
public record ClaimPage(
        List<ClaimSummary> items,
        @Schema(description = "Opaque cursor of the next page; null on the last page", nullable = true) String nextCursor,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "On searches (q given) only, absent otherwise: how the matches were ranked, and whether older matches were left out") SearchRanking ranking) {

    /** The page as lists without a search are shaped. */
    public Page<ClaimSummary> unranked() {
        return new Page<>(items, nextCursor);
    }
}
