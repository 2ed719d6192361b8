package io.claimdesk.extraction;

import java.util.Set;
import java.util.regex.Pattern;

/** Attribution verbs and phrases as they occur in running text. */
final class Cues {

    /** Lower-case cue verbs; a capitalized one only counts at the start of a sentence ("Claimed, “…”"). */
    static final Pattern VERB = Pattern.compile("\\b(?:" + Lexicon.CUE_VERBS + ")\\b");
    static final Pattern CAPITALIZED_VERB = Pattern.compile("(?i)^\\s*(?:" + Lexicon.CUE_VERBS + ")\\b");
    static final Pattern ACCORDING_TO = Pattern.compile("\\b[Aa]ccording to\\b");
    /** Verbs whose addressee belongs to the cue ("told Yonhap News TV", "commented to the Financial Times"). */
    static final Set<String> ADDRESSED = Set.of("told", "tells", "telling", "asked", "asks", "asking", "commented",
            "wrote", "writes", "said", "says", "explained", "replied", "responded", "answered", "recalled");
    /** Participles ("…, saying, “…”") take the subject of the clause they hang on. */
    static final Set<String> PARTICIPLES = Set.of("saying", "adding", "noting", "explaining", "arguing", "warning",
            "asking", "telling", "stating", "declaring");

    private Cues() {
    }

    static boolean containsCue(String text) {
        return VERB.matcher(text).find() || ACCORDING_TO.matcher(text).find();
    }
}
