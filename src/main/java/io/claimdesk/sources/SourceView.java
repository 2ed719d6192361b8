package io.claimdesk.sources;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.claimdesk.sources.ExtractionReport;

@Schema(description = "A stored article with its verbatim text")
public record SourceView(
        UUID id,
        @Schema(nullable = true, description = "Where the article was published; null when not given", example = "https://news.example.org/2024/10/26/putin-emphasized-treaty") String url,
        @Schema(example = "Putin emphasized the North Korea-Russia treaty several times… Threat of ‘military intervention in case of emergency on the Korean Peninsula’") String title,
        @Schema(nullable = true, example = "Times News") String publisher,
        List<String> authors,
        @Schema(nullable = true, description = "When the article was published; null when neither given nor found in the text") Instant publishedAt,
        @Schema(nullable = true, description = "BCP 47 language tag; null when unknown", example = "en") String language,
        String text,
        @Schema(description = "SHA-256 of the text, hex", example = "9f2c4a64f2d0b0fbbf5bd1a0e8b8c7f1f6a3a2b1c0d9e8f7a6b5c4d3e2f1a0b9") String contentHash,
        Instant createdAt,
        @Schema(description = "Present when the request asked for extraction", nullable = true) ExtractionReport extraction) {
}
