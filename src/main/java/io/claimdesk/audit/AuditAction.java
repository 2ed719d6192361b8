package io.claimdesk.audit;

public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    PUBLISH,
    RETRACT,
    APPROVE
}
