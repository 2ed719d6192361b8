package io.claimdesk.claims;

import java.util.List;

import io.claimdesk.actors.ActorRef;

/** A claim's own fields, as the audit trail records them before and after a change. */
public record ClaimState(String text, ClaimKind kind, ActorRef speaker, ClaimStatus status, Verdict verdict,
        AttributionVerdict attributionVerdict, List<String> tags, String assignee) {

    public static ClaimState of(Claim claim) {
        return new ClaimState(claim.text, claim.kind, ActorRef.of(claim.speaker), claim.status(), claim.verdict(),
                claim.attributionVerdict(), List.copyOf(claim.tags), claim.assignee());
    }
}
