package io.claimdesk.claims;

import java.time.Instant;
import java.util.UUID;

import io.claimdesk.anchoring.TextQuote;
import io.claimdesk.sources.SourceRef;

public record AppearanceView(UUID id, SourceRef source, TextQuote quote, AttributionView attribution, Instant createdAt) {
}
