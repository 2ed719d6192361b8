package io.claimdesk.claims;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.claimdesk.anchoring.QuoteSelector;
import io.claimdesk.common.ViolationField;

@Schema(description = "A claim to check, optionally with where it appears: a source and the quote in it")
public record NewClaim(
        @Schema(description = "The checkable assertion; defaults to the quote's exact text",
                example = "About 12,000 North Korean soldiers are being trained at five military training grounds in eastern Russia.")
        @Size(max = 20_000) String text,
        @NotNull ClaimKind kind,
        @Valid SpeakerInput speaker,
        UUID sourceId,
        @Valid QuoteSelector quote,
        @Schema(description = "How the source attributes the claim; the mode defaults to DIRECT for quotes and INDIRECT for statements")
        @Valid Attribution attribution,
        @Schema(example = "[\"north-korea\", \"troops\"]") @Size(max = 50) List<@NotBlank @Size(max = 100) String> tags) {

    @JsonIgnore
    @AssertTrue(message = "sourceId and quote go together")
    @ViolationField("quote")
    public boolean isAppearanceComplete() {
        return (sourceId == null) == (quote == null);
    }

    @JsonIgnore
    @AssertTrue(message = "give the claim's text or a quote to take it from")
    @ViolationField("text")
    public boolean isTextGiven() {
        return text != null && !text.isBlank() || quote != null;
    }
}
