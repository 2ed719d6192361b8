package io.claimdesk.sources;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What extraction found in a source and what it added; running it again adds nothing twice")
public record ExtractionReport(
        UUID sourceId,
        @Schema(description = "Quotes and attributed statements found in the text", example = "14") int claimsFound,
        @Schema(description = "Of those, the ones not stored before, now NEW claims", example = "14") int claimsCreated) {
}
