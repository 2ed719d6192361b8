package io.claimdesk.claims;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonUnwrapped;


@Schema(description = "A claim as listed, with where it appears")
public record ClaimSummary(
        @JsonUnwrapped ClaimFields claim,
        @Schema(nullable = true, description = "Who works on the claim (a user name); null when nobody does", example = "j.park") String assignee,
        List<AppearanceView> appearances) {
}
