package io.claimdesk.audit;

import static jakarta.transaction.Transactional.TxType.MANDATORY;
import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.claimdesk.common.Keyset;
import io.claimdesk.common.Page;
import io.claimdesk.common.SqlFilter;
import io.claimdesk.security.Caller;

/** The append-only audit trail. Services record each change in the transaction that makes it. */
@ApplicationScoped
@Transactional
public class AuditLog {

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    /**
     * Records a change by the current caller. States are API records, stored as JSON; before is null for a
     * creation, after for a deletion. Mandatory transaction: an entry without its change, or a change without
     * its entry, must never be committed.
     */
    @Transactional(MANDATORY)
    public void record(AuditAction action, AuditedType type, UUID entityId, UUID claimId, Object before, Object after) {
        AuditEntry entry = new AuditEntry();
        entry.actor = caller.name();
        entry.action = action;
        entry.entityType = type;
        entry.entityId = entityId;
        entry.claimId = claimId;
        JsonNode beforeState = before == null ? null : json.valueToTree(before);
        JsonNode afterState = after == null ? null : json.valueToTree(after);
        Optional<ObjectNode> changed = StateChanges.of(beforeState, afterState);
        if (changed.isPresent()) {
            entry.beforeChanges = write(changed.get());
        } else {
            entry.before = write(beforeState);
        }
        entry.after = write(afterState);
        entry.persist();
    }

    /** A claim's entries in the order they were written. */
    @Transactional(SUPPORTS)
    public Page<AuditEntryView> forClaim(UUID claimId, int limit, String cursor) {
        SqlFilter where = new SqlFilter().always("e.claim_id = :claimId").parameter("claimId", claimId);
        Keyset.Slice slice = Keyset.page(AuditEntry.getEntityManager(), "select e.id, e.seq as sort_key from audit_entry e",
                where, Keyset.SortKey.SEQUENCE, false, cursor, limit);
        List<AuditEntry> found = slice.ids().isEmpty() ? List.of() : AuditEntry.list("id in ?1", slice.ids());
        return new Page<>(Keyset.inOrder(slice.ids(), found, entry -> entry.id).stream().map(this::toView).toList(),
                slice.nextCursor());
    }

    private AuditEntryView toView(AuditEntry entry) {
        return new AuditEntryView(entry.id, entry.createdAt, entry.actor, entry.action, entry.entityType, entry.entityId,
                entry.claimId, before(entry), read(entry.after));
    }

    private JsonNode before(AuditEntry entry) {
        return entry.beforeChanges == null ? read(entry.before)
                : StateChanges.restore(read(entry.after), read(entry.beforeChanges));
    }

    private String write(JsonNode state) {
        try {
            return state == null ? null : json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("API records always serialize", e);
        }
    }

    private JsonNode read(String state) {
        try {
            return state == null ? null : json.readTree(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored states are written as JSON", e);
        }
    }
}
