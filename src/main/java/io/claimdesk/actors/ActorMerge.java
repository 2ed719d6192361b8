package io.claimdesk.actors;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The duplicate actor to fold into this one")
public record ActorMerge(@Schema(description = "Id of the duplicate; it is removed") @NotNull UUID actorId) {
}
