package io.claimdesk.extraction;

import java.math.BigDecimal;

/** A number stated in a claim with the unit or counted noun that follows it (null when there is none). */
public record FigureMention(BigDecimal value, String unit) {
}
