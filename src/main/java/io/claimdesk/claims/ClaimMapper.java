package io.claimdesk.claims;

import io.claimdesk.actors.ActorRef;
import io.claimdesk.sources.SourceRef;

final class ClaimMapper {

    private ClaimMapper() {
    }

    static AppearanceView toView(Appearance appearance) {
        return new AppearanceView(appearance.id, SourceRef.of(appearance.source), appearance.quote.toQuote(),
                new AttributionView(ActorRef.of(appearance.speaker), appearance.cue, appearance.mode), appearance.createdAt);
    }
}
