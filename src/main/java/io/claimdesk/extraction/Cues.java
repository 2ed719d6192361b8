package io.claimdesk.extraction;

import java.util.Set;
import java.util.regex.Pattern;

/** Attribution verbs and phrases as they occur in running text. */
final class Cues {

    /** Lower-case cue verbs; a capitalized one only counts at the start of a sentence ("Claimed, “…”"). */
    static final Pattern VERB = Pattern.compile("\\b(?:" + Lexicon.CUE_VERBS + ")\\b");
    static final Pattern CAPITALIZED_VERB = Pattern.compile("(?i)^\\s*(?:" + Lexicon.CUE_VERBS + ")\\b");
    static final Pattern ACCORDING_TO = Pattern.compile("\\b[Aa]ccording to\\b");
    /** Verbs whose object is the addressee, part of the cue ("told Yonhap News TV"). */
    private static final Set<String> ADDRESSING = Set.of("told", "tells", "telling", "asked", "asks", "asking");
    /** Verbs whose addressee follows "to" ("commented to the Financial Times"). */
    private static final Set<String> ADDRESSING_WITH_TO = Set.of("commented", "wrote", "writes", "said", "says", "explained",
            "replied", "responded", "answered", "recalled", "added", "complained");
    /** Participles ("…, saying, “…”") take the subject of the clause they hang on. */
    static final Set<String> PARTICIPLES = Set.of("saying", "adding", "noting", "explaining", "arguing", "warning",
            "asking", "telling", "stating", "declaring");

    private Cues() {
    }

    /** Whether the words after the verb name whom it was said to. */
    static boolean addresses(String verb, String object) {
        return ADDRESSING.contains(verb) || ADDRESSING_WITH_TO.contains(verb) && object.startsWith("to ");
    }

    static boolean containsCue(String text) {
        return VERB.matcher(text).find() || ACCORDING_TO.matcher(text).find();
    }
}
