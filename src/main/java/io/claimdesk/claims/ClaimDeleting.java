package io.claimdesk.claims;

/**
 * Fired in the transaction that deletes a claim, before it is deleted: a feature that must keep the claim throws a
 * problem, which rolls the deletion back.
 */
public record ClaimDeleting(Claim claim) {
}
