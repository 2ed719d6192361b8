package io.claimdesk.anchoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A quote anchored in a text, as a W3C Web Annotation TextQuoteSelector (exact, prefix, suffix)
 * plus TextPositionSelector (start, end: character offsets, end exclusive).
 */
@Schema(name = "Quote", description = "A quote anchored in its source's text: W3C Web Annotation text-quote and text-position selectors")
public record TextQuote(
        @Schema(description = "The quoted text, verbatim from the source", example = "about 12,000 North Korean soldiers are being trained at five military training grounds in eastern Russia")
        String exact,
        @Schema(description = "Up to 32 characters before the quote", example = "e grounds.\n\nAccording to HUR, ")
        String prefix,
        @Schema(description = "Up to 32 characters after the quote", example = ", including Ussuriysk, Ulan-Ude")
        String suffix,
        @Schema(description = "Offset of the first character in the source text", example = "4310")
        int start,
        @Schema(description = "Offset just past the last character", example = "4412")
        int end) {
}
