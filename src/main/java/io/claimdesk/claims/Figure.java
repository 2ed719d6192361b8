package io.claimdesk.claims;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A number stated in a claim with the unit or counted noun that follows it (null when there is none). */
public record Figure(
        @Schema(example = "12000") BigDecimal value,
        @Schema(nullable = true, description = "The unit or counted noun; null when none follows the number", example = "soldiers") String unit) {
}
