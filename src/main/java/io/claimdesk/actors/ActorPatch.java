package io.claimdesk.actors;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Changes to an actor; absent fields stay as they are, aliases and sameAs are replaced as a whole")
public record ActorPatch(
        @Schema(example = "Kim Jong-un") @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Size(max = 300) String name,
        ActorKind kind,
        @Schema(example = "Leader of North Korea") @Size(max = 2_000) String description,
        @Schema(example = "[\"Kim Jong Un\"]") @Size(max = 50) List<@NotBlank @Size(max = 300) String> aliases,
        @Schema(description = "Replaced as a whole: pages that identify the actor elsewhere: Wikidata, Wikipedia, an official site", example = "[\"https://www.wikidata.org/wiki/Q56226\"]")
        @Size(max = 20) List<@NotBlank @Size(max = 2_048) String> sameAs) {
}
