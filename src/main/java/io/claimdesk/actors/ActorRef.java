package io.claimdesk.actors;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who a claim is attributed to")
public record ActorRef(
        UUID id,
        @Schema(example = "Defence Intelligence of Ukraine") String name,
        ActorKind kind) {

    public static ActorRef of(Actor actor) {
        return actor == null ? null : new ActorRef(actor.id, actor.name, actor.kind);
    }
}
