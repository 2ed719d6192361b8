package io.claimdesk.anchoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds where a quote sits in a text. The exact text decides; prefix, suffix and a start offset only
 * choose among several occurrences. When the verbatim text is not found, the quote is matched again
 * with typography folded (curly quotes, dashes, runs of whitespace, case), as quotes copied from a
 * rendered page often differ from the stored text in exactly those ways.
 */
public final class QuoteAnchoring {

    /** Context kept on each side of a quote, enough to re-anchor it if offsets shift. */
    public static final int CONTEXT_LENGTH = 32;

    private static final int MAX_CANDIDATES = 10_000;

    private QuoteAnchoring() {
    }

    public static Optional<TextQuote> anchor(String text, String exact, String prefixHint, String suffixHint,
            Integer startHint) {
        if (text == null || exact == null || exact.isBlank()) {
            return Optional.empty();
        }
        List<int[]> spans = verbatimSpans(text, exact);
        if (spans.isEmpty()) {
            spans = foldedSpans(text, exact);
        }
        int[] best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int[] span : spans) {
            double score = score(text, span, prefixHint, suffixHint, startHint);
            if (score > bestScore) {
                best = span;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best).map(span -> at(text, span[0], span[1]));
    }

    /** The selector for a span already known to be right, e.g. one found by extraction. */
    public static TextQuote at(String text, int start, int end) {
        return new TextQuote(
                text.substring(start, end),
                text.substring(Math.max(0, start - CONTEXT_LENGTH), start),
                text.substring(end, Math.min(text.length(), end + CONTEXT_LENGTH)),
                start,
                end);
    }

    private static List<int[]> verbatimSpans(String text, String exact) {
        List<int[]> spans = new ArrayList<>();
        for (int at = text.indexOf(exact); at >= 0 && spans.size() < MAX_CANDIDATES; at = text.indexOf(exact, at + 1)) {
            spans.add(new int[] { at, at + exact.length() });
        }
        return spans;
    }

    private static List<int[]> foldedSpans(String text, String exact) {
        Folded haystack = Folded.of(text);
        String needle = Folded.of(exact.strip()).text;
        List<int[]> spans = new ArrayList<>();
        if (needle.isEmpty()) {
            return spans;
        }
        for (int at = haystack.text.indexOf(needle); at >= 0 && spans.size() < MAX_CANDIDATES;
                at = haystack.text.indexOf(needle, at + 1)) {
            int start = haystack.origin[at];
            int end = haystack.origin[at + needle.length() - 1] + 1;
            spans.add(new int[] { start, end });
        }
        return spans;
    }

    private static double score(String text, int[] span, String prefixHint, String suffixHint, Integer startHint) {
        double score = 0;
        if (prefixHint != null && !prefixHint.isEmpty()) {
            score += commonSuffixLength(prefixHint, text.substring(Math.max(0, span[0] - prefixHint.length()), span[0]));
        }
        if (suffixHint != null && !suffixHint.isEmpty()) {
            score += commonPrefixLength(suffixHint,
                    text.substring(span[1], Math.min(text.length(), span[1] + suffixHint.length())));
        }
        if (startHint != null) {
            // Below one context character in weight, so context wins over position when they disagree.
            score += 1.0 / (1.0 + Math.abs(span[0] - startHint));
        }
        return score;
    }

    private static int commonSuffixLength(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static int commonPrefixLength(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** A text with typography folded, remembering where each folded character came from. */
    private static final class Folded {
        final String text;
        final int[] origin;

        private Folded(String text, int[] origin) {
            this.text = text;
            this.origin = origin;
        }

        static Folded of(String raw) {
            StringBuilder out = new StringBuilder(raw.length());
            int[] origin = new int[raw.length()];
            boolean lastWasSpace = false;
            for (int i = 0; i < raw.length(); i++) {
                char c = fold(raw.charAt(i));
                if (c == ' ') {
                    if (lastWasSpace) {
                        continue;
                    }
                    lastWasSpace = true;
                } else {
                    lastWasSpace = false;
                }
                origin[out.length()] = i;
                out.append(c);
            }
            return new Folded(out.toString(), origin);
        }

        private static char fold(char c) {
            switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`':
                    return '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
                    return '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
                    return '-';
                default:
                    return Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : Character.toLowerCase(c);
            }
        }
    }
}
