package io.claimdesk.anchoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quote as a client points at it; the server finds the exact text and computes the anchor. */
@Schema(description = "Where a quote sits in a source's text. Only exact is required; prefix, suffix and start choose among repeated occurrences.")
public record QuoteSelector(
        @Schema(description = "The quoted text, as it appears in the source", example = "about 12,000 North Korean soldiers are being trained at five military training grounds in eastern Russia")
        @NotBlank @Size(max = 20_000) String exact,
        @Schema(description = "Text just before the quote", example = "According to HUR, ")
        @Size(max = 2_000) String prefix,
        @Schema(description = "Text just after the quote", example = ", including Ussuriysk")
        @Size(max = 2_000) String suffix,
        @Schema(description = "Character offset where the quote is expected to start")
        @PositiveOrZero Integer start) {
}
