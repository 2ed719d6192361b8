package io.claimdesk.evidence;

/** How a document bears on a claim. */
public enum Stance {
    SUPPORTS,
    REFUTES,
    CONTEXT
}
