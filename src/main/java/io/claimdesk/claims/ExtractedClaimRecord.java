package io.claimdesk.claims;

import java.util.List;

import io.claimdesk.actors.Actor;
import io.claimdesk.anchoring.TextQuote;
import io.claimdesk.sources.Source;

/** A claim found by extraction, its speaker already resolved to a stored actor and its quote anchored. */
public record ExtractedClaimRecord(String text, ClaimKind kind, Actor speaker, float confidence, List<Figure> figures,
        Source source, TextQuote quote, Attribution attribution) {
}
