package io.claimdesk.claims;

public enum Verdict {
    TRUE,
    MOSTLY_TRUE,
    MIXED,
    MOSTLY_FALSE,
    FALSE,
    MISLEADING,
    UNVERIFIABLE
}
