package io.claimdesk.sources;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An article to store. Its text is kept verbatim; quotes are anchored in it.")
public record NewSource(
        @Schema(description = "Where the article was published; normalized, unique", example = "https://news.example.org/2024/10/26/putin-emphasized-treaty")
        @Size(max = 2_048) String url,
        @Schema(description = "Headline; taken from the first line of the text when not given", example = "Putin emphasized the North Korea-Russia treaty several times… Threat of ‘military intervention in case of emergency on the Korean Peninsula’")
        @Size(max = 1_000) String title,
        @Schema(example = "Times News") @Size(max = 300) String publisher,
        @Schema(example = "[\"Jo Eun-ah\", \"Kim Bora\", \"Ko Do-ye\"]") List<@NotBlank @Size(max = 300) String> authors,
        @Schema(example = "2024-10-26T09:00:00Z") Instant publishedAt,
        @Schema(description = "BCP 47 language tag", example = "en") @Size(max = 35) String language,
        @Schema(description = "The article text, verbatim", example = "According to HUR, about 12,000 North Korean soldiers are being trained at five military training grounds in eastern Russia, including Ussuriysk, Ulan-Ude, Ekaterinoslavska, Knyazevolkonskoye, and Sergeyevka.")
        @NotBlank @Size(max = 2_000_000) String text) {
}
