package io.claimdesk.claims;

import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.claimdesk.actors.ActorKind;
import io.claimdesk.common.ViolationField;

@Schema(description = "The speaker, by id or by name; an unknown name creates the actor (kind defaults to PERSON)")
public record SpeakerInput(
        UUID id,
        @Schema(example = "Defence Intelligence of Ukraine") @Size(max = 300) String name,
        @Schema(description = "Kind of a newly created actor", example = "GOVERNMENT") ActorKind kind) {

    @JsonIgnore
    @AssertTrue(message = "give the speaker's id or name, not both")
    @ViolationField("name")
    public boolean isIdOrName() {
        return (id == null) != (name == null || name.isBlank());
    }
}
