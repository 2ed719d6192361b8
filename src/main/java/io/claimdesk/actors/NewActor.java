package io.claimdesk.actors;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person or organization to attribute claims to")
public record NewActor(
        @Schema(example = "Defence Intelligence of Ukraine") @NotBlank @Size(max = 300) String name,
        @NotNull ActorKind kind,
        @Schema(description = "Role and affiliation", example = "Military intelligence agency of Ukraine's Ministry of Defence")
        @Size(max = 2_000) String description,
        @Schema(description = "Other spellings and short forms", example = "[\"HUR\", \"Defense Intelligence Agency\"]")
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> aliases,
        @Schema(description = "Pages that identify the actor elsewhere: Wikidata, Wikipedia, an official site", example = "[\"https://www.wikidata.org/wiki/Q56226\"]")
        @Size(max = 20) List<@NotBlank @Size(max = 2_048) String> sameAs) {
}
