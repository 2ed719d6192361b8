package io.claimdesk.sources;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A stored article without its text, as listed")
public record SourceSummary(
        UUID id,
        @Schema(nullable = true, description = "Where the article was published; null when not given", example = "https://news.example.org/2024/10/26/putin-emphasized-treaty") String url,
        @Schema(example = "Putin emphasized the North Korea-Russia treaty several times… Threat of ‘military intervention in case of emergency on the Korean Peninsula’") String title,
        @Schema(nullable = true, example = "Times News") String publisher,
        List<String> authors,
        @Schema(nullable = true, description = "When the article was published; null when neither given nor found in the text") Instant publishedAt,
        @Schema(nullable = true, description = "BCP 47 language tag; null when unknown", example = "en") String language,
        String contentHash,
        Instant createdAt) {
}
