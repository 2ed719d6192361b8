package io.claimdesk.actors;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person or organization that claims are attributed to")
public record ActorView(
        UUID id,
        @Schema(example = "Defence Intelligence of Ukraine") String name,
        ActorKind kind,
        @Schema(nullable = true, example = "Military intelligence agency of Ukraine's Ministry of Defence") String description,
        @Schema(example = "[\"HUR\"]") List<String> aliases,
        @Schema(example = "[\"https://www.wikidata.org/wiki/Q56226\"]") List<String> sameAs,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Changes with every update; the ETag carries it too") long version) {
}
