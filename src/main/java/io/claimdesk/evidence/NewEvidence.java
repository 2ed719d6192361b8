package io.claimdesk.evidence;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.claimdesk.anchoring.QuoteSelector;
import io.claimdesk.common.ViolationField;

@Schema(description = "A document that supports, refutes or gives context to a claim: a stored source (optionally a quote in it) or an external URL")
public record NewEvidence(
        UUID sourceId,
        @Valid QuoteSelector quote,
        @Schema(example = "https://www.reuters.com/world/europe/north-korean-troops-russia") @Size(max = 2_048) String url,
        @Schema(example = "South Korea's spy agency says North Korean troops are training in Russia") @Size(max = 1_000) String title,
        @NotNull Stance stance,
        @Schema(example = "Independent estimate of the same order") @Size(max = 20_000) String note) {

    @JsonIgnore
    @AssertTrue(message = "give either sourceId or url")
    @ViolationField("url")
    public boolean isSourceOrUrl() {
        return (sourceId == null) != (url == null || url.isBlank());
    }

    @JsonIgnore
    @AssertTrue(message = "a quote needs the sourceId it is taken from")
    @ViolationField("sourceId")
    public boolean isQuoteInSource() {
        return quote == null || sourceId != null;
    }
}
