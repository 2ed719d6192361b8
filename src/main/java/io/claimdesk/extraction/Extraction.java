package io.claimdesk.extraction;

import java.util.List;

/** What one article yields: its metadata and the claims attributed in it, in text order. */
public record Extraction(ArticleMetadata metadata, List<ExtractedClaim> claims) {

    public Extraction {
        claims = List.copyOf(claims);
    }
}
