package io.claimdesk.extraction;

import java.util.List;

/**
 * One quotation or reported statement. start and end index the raw article text: for a QUOTE the text inside the
 * quotation marks, for a STATEMENT the reported content; text is exactly that substring.
 */
public record ExtractedClaim(
        FindingKind kind,
        String text,
        int start,
        int end,
        SpeakerRef speaker,
        String cue,
        SpeechMode mode,
        double confidence,
        List<FigureMention> figures) {

    public ExtractedClaim {
        figures = List.copyOf(figures);
    }
}
