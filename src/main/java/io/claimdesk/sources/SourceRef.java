package io.claimdesk.sources;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The source a quote was taken from")
public record SourceRef(
        UUID id,
        @Schema(example = "Putin emphasized the North Korea-Russia treaty several times… Threat of ‘military intervention in case of emergency on the Korean Peninsula’") String title,
        @Schema(nullable = true, example = "https://news.example.org/2024/10/26/putin-emphasized-treaty") String url,
        @Schema(nullable = true, example = "Times News") String publisher) {

    public static SourceRef of(Source source) {
        return new SourceRef(source.id, source.title, source.url, source.publisher);
    }
}
