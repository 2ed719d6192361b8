package io.claimdesk.claims;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A claim to fold into this one: its appearances and evidence move here and it is removed")
public record ClaimMerge(@Schema(description = "Id of the claim to fold in; it must have no reviews") @NotNull UUID claimId) {
}
