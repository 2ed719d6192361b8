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
        return new ClaimSummary(ClaimFields.of(claim), claim.assignee(),
                appearances.stream().map(ClaimMapper::toView).toList());
    }

    static SourceClaimView toSourceView(Appearance appearance) {
        return new SourceClaimView(ClaimFields.of(appearance.claim), appearance.id, appearance.quote.toQuote(),
                attribution(appearance));
    }
}
