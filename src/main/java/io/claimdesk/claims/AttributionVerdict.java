package io.claimdesk.claims;

/** Whether the claim is rightly attributed to its speaker, rated besides its truth. */
public enum AttributionVerdict {
    /** The speaker said it, in these words or this sense. */
    CONFIRMED,
    /** Someone else said it. */
    MISATTRIBUTED,
    /** The speaker said something, but not this: words changed or meaning distorted. */
    MISQUOTED,
    /** No record found either way. */
    UNVERIFIED
}
