package io.claimdesk.claims;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

@Schema(description = "Changes to a claim; absent fields stay as they are, tags are replaced as a whole")
public record ClaimPatch(
        // The contract states the same rule in a pattern every client can compile: some character that is not white space.
        @Schema(pattern = "\\S") @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 20_000) String text,
        ClaimKind kind,
        @Valid SpeakerInput speaker,
        @Schema(description = "NEW → IN_REVIEW | DISMISSED; IN_REVIEW → NEW | DISMISSED; REVIEWED → IN_REVIEW; DISMISSED → NEW. REVIEWED is reached by posting a review. Reviewers may change the status; the other fields need the editor role.", example = "IN_REVIEW")
        ClaimStatus status,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> tags) {

    /** Whether the patch changes nothing but the status, which reviewers may do; other changes are editors'. */
    @JsonIgnore
    public boolean isStatusOnly() {
        return text == null && kind == null && speaker == null && tags == null;
    }
}
