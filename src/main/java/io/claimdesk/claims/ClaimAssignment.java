package io.claimdesk.claims;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who is to work on a claim")
public record ClaimAssignment(
        @Schema(description = "A user name, as their token gives it (preferred_username, else subject)", example = "j.park")
        @NotBlank @Size(max = 200) String assignee) {
}
