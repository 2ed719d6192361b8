package io.claimdesk.claims;

/** QUOTE is a direct quotation; STATEMENT a reported or paraphrased assertion. */
public enum ClaimKind {
    QUOTE,
    STATEMENT
}
