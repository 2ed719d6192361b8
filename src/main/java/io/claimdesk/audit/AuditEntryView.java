package io.claimdesk.audit;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

@Schema(description = "One recorded change: who made it, when, and the state before and after")
public record AuditEntryView(
        UUID id,
        Instant createdAt,
        @Schema(description = "Who made the change, from their token", example = "m.lee") String actor,
        AuditAction action,
        AuditedType entityType,
        UUID entityId,
        @Schema(nullable = true) UUID claimId,
        @Schema(type = SchemaType.OBJECT, nullable = true, description = "The state before the change; null for a creation",
                example = "{\"status\": \"IN_REVIEW\", \"verdict\": null, \"attributionVerdict\": null}") JsonNode before,
        @Schema(type = SchemaType.OBJECT, nullable = true, description = "The state after the change; null for a deletion",
                example = "{\"status\": \"REVIEWED\", \"verdict\": \"MOSTLY_TRUE\", \"attributionVerdict\": \"CONFIRMED\"}") JsonNode after) {
}
