package io.claimdesk.sources;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A stored article without its text, as listed")
public record SourceSummary(
        UUID id,
        @Schema(example = "https://news.example.org/2024/10/26/putin-emphasized-treaty") String url,
        @Schema(example = "Putin emphasized the North Korea-Russia treaty several times… Threat of ‘military intervention in case of emergency on the Korean Peninsula’") String title,
        @Schema(example = "Times News") String publisher,
        List<String> authors,
        Instant publishedAt,
        @Schema(example = "en") String language,
        String contentHash,
        Instant createdAt) {
}
