package io.claimdesk.claims;

/** Whether a person entered the claim or extraction suggested it. */
public enum ClaimOrigin {
    MANUAL,
    EXTRACTED
}
