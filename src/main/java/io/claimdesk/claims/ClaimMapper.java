package io.claimdesk.claims;

import java.util.List;

import io.claimdesk.actors.ActorRef;
import io.claimdesk.sources.SourceRef;

final class ClaimMapper {

    private ClaimMapper() {
    }

    static AppearanceView toView(Appearance appearance) {
        return new AppearanceView(appearance.id, SourceRef.of(appearance.source), appearance.quote.toQuote(),
                attribution(appearance), appearance.createdAt);
    }

    private static AttributionView attribution(Appearance appearance) {
        return new AttributionView(ActorRef.of(appearance.speaker), appearance.cue, appearance.mode);
    }

    static ClaimSummary toSummary(Claim claim, List<Appearance> appearances) {
        return new ClaimSummary(claim.id, claim.text, claim.kind, ActorRef.of(claim.speaker), claim.status(), claim.assignee,
                claim.verdict(), claim.attributionVerdict(), List.copyOf(claim.tags), claim.origin, claim.confidence,
                List.copyOf(claim.figures), appearances.stream().map(ClaimMapper::toView).toList(), claim.createdAt,
                claim.updatedAt);
    }

    static SourceClaimView toSourceView(Appearance appearance) {
        Claim claim = appearance.claim;
        return new SourceClaimView(claim.id, claim.text, claim.kind, ActorRef.of(claim.speaker), claim.status(),
                claim.verdict(), claim.attributionVerdict(), List.copyOf(claim.tags), claim.origin, claim.confidence,
                List.copyOf(claim.figures), appearance.id, appearance.quote.toQuote(), attribution(appearance), claim.createdAt,
                claim.updatedAt);
    }
}
