package io.claimdesk.claims;

/**
 * Fired in the transaction that folds one claim into another, once its appearances have moved: what hangs on the
 * folded claim follows it, or a feature that cannot let it go throws a problem, which rolls the fold back.
 */
public record ClaimFolding(Claim folded, Claim into) {
}
