package io.claimdesk.audit;

/** What kind of thing an audit entry is about. */
public enum AuditedType {
    CLAIM,
    APPEARANCE,
    REVIEW,
    EVIDENCE,
    ACTOR,
    PUBLICATION
}
