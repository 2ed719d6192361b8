package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who said it: an attribution's cue and content in the tokens of a paragraph, and the mentions that may be its
 * source: the sources the tagger marks in the paragraph, and in the cue's sentence and the sentence before it the
 * names, the pronouns and the words right before and right after the cue. Token indices are those of the paragraph's
 * {@link TokenSequence}; a content outside the paragraph has {@code contentFirst} and {@code contentLast} -1;
 * {@code sentenceOf} holds the index of each token's sentence in the paragraph.
 */
record SourceQuestion(TokenSequence tokens, int[] sentenceOf, int cueFirst, int cueLast, int contentFirst,
        int contentLast, List<Mention> mentions) {

    /**
     * Tokens [first,last] that may name the source. tagged: the tagger marks them as a source; nearestTagged: the
     * tagged source nearest the cue, the rules' choice; name: a name of an actor; subject: the words right before the
     * cue; agent: the words right after it.
     */
    record Mention(int first, int last, boolean tagged, boolean nearestTagged, boolean name, boolean pronoun,
            boolean subject, boolean agent) {

        Mention with(Mention other) {
            return new Mention(first, last, tagged || other.tagged, nearestTagged || other.nearestTagged,
                    name || other.name, pronoun || other.pronoun, subject || other.subject, agent || other.agent);
        }
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we");
    /** Words that end a subject read backwards from the cue, or an agent read forwards. */
    private static final Set<String> PHRASE_STOPS = Set.of("that", "and", "but", "or", "as", "because", "while", "when",
            "if", "who", "which", "said", "says");
    private static final int PHRASE_WORDS = 6;

    /**
     * The question for a cue and content the tagger (or an annotation) marks; tags are the tagger's for the
     * paragraph, names those found in it.
     */
    static SourceQuestion of(TokenSequence tokens, int[] tags, int cueFirst, int cueLast, int contentFirst, int contentLast,
            List<Name> names) {
        int[] sentence = sentenceIndex(tokens);
        int from = 0;
        while (from < cueFirst && sentence[from] < sentence[cueFirst] - 1) {
            from++;
        }
        int to = cueLast;
        while (to + 1 < tokens.size() && sentence[to + 1] == sentence[cueLast]) {
            to++;
        }
        List<Mention> mentions = new ArrayList<>();
        // Words quoted are no source of a cue outside the quotation; inside one, a quoted speaker may report another.
        boolean cueQuoted = quoted(tokens, cueFirst, cueLast);
        int nearestDistance = Integer.MAX_VALUE;
        Mention nearest = null;
        // Tagged sources anywhere in the paragraph, as the rule reads them, unless wholly inside the content.
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] == AttributionTagger.B_SOURCE) {
                int last = i;
                while (last + 1 < tags.length && tags[last + 1] == AttributionTagger.I_SOURCE) {
                    last++;
                }
                if (!(i >= contentFirst && last <= contentLast && contentFirst >= 0) && (cueQuoted || !quoted(tokens, i, last))) {
                    Mention tagged = new Mention(i, last, true, false, false, false, false, false);
                    add(mentions, tagged);
                    int distance = last < cueFirst ? cueFirst - last : i - cueLast;
                    if (distance > 0 && distance < nearestDistance) {
                        nearest = tagged;
                        nearestDistance = distance;
                    }
                }
            }
        }
        if (nearest != null) {
            add(mentions, new Mention(nearest.first(), nearest.last(), true, true, false, false, false, false));
        }
        for (Name name : names) {
            int first = tokenAt(tokens, name.start(), from, to);
            int last = tokenBefore(tokens, name.end(), from, to);
            if (name.isActor() && first >= 0 && last >= first && outside(first, last, cueFirst, cueLast, contentFirst, contentLast)
                    && (cueQuoted || !quoted(tokens, first, last))) {
                add(mentions, new Mention(first, last, false, false, true, false, false, false));
            }
        }
        for (int i = from; i <= to; i++) {
            if (PRONOUNS.contains(tokens.words()[i]) && !tokens.quoted()[i]
                    && outside(i, i, cueFirst, cueLast, contentFirst, contentLast)) {
                add(mentions, new Mention(i, i, false, false, false, true, false, false));
            }
        }
        int subjectFirst = cueFirst;
        while (subjectFirst - 1 >= from && cueFirst - subjectFirst < PHRASE_WORDS && phraseWord(tokens, subjectFirst - 1)
                && !tokens.sentenceStart()[subjectFirst]) {
            subjectFirst--;
        }
        if (subjectFirst < cueFirst && outside(subjectFirst, cueFirst - 1, cueFirst, cueLast, contentFirst, contentLast)) {
            add(mentions, new Mention(subjectFirst, cueFirst - 1, false, false, false, false, true, false));
        }
        int agentLast = cueLast;
        while (agentLast + 1 <= to && agentLast - cueLast < PHRASE_WORDS && phraseWord(tokens, agentLast + 1)) {
            agentLast++;
        }
        if (agentLast > cueLast && outside(cueLast + 1, agentLast, cueFirst, cueLast, contentFirst, contentLast)) {
            add(mentions, new Mention(cueLast + 1, agentLast, false, false, false, false, false, true));
        }
        mentions.sort((a, b) -> a.first() != b.first() ? Integer.compare(a.first(), b.first()) : Integer.compare(a.last(), b.last()));
        return new SourceQuestion(tokens, sentence, cueFirst, cueLast, contentFirst, contentLast, List.copyOf(mentions));
    }

    /** The index of each token's sentence in the paragraph. */
    private static int[] sentenceIndex(TokenSequence tokens) {
        int[] sentence = new int[tokens.size()];
        int current = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && tokens.sentenceStart()[i]) {
                current++;
            }
            sentence[i] = current;
        }
        return sentence;
    }

    private static boolean phraseWord(TokenSequence tokens, int i) {
        String word = tokens.words()[i];
        return Character.isLetterOrDigit(word.charAt(0)) && !tokens.quoted()[i] && !PHRASE_STOPS.contains(word);
    }

    /** Whether the tokens from first to last all stand inside quotation marks. */
    private static boolean quoted(TokenSequence tokens, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (!tokens.quoted()[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean outside(int first, int last, int cueFirst, int cueLast, int contentFirst, int contentLast) {
        boolean inCue = first <= cueLast && last >= cueFirst;
        boolean inContent = contentFirst >= 0 && first <= contentLast && last >= contentFirst;
        return !inCue && !inContent;
    }

    /** One mention per span, with the flags of every way it was found. */
    private static void add(List<Mention> mentions, Mention mention) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention known = mentions.get(i);
            if (known.first() == mention.first() && known.last() == mention.last()) {
                mentions.set(i, known.with(mention));
                return;
            }
        }
        mentions.add(mention);
    }

    private static int tokenAt(TokenSequence tokens, int offset, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (tokens.ends()[i] > offset) {
                return tokens.starts()[i] >= offset ? i : -1;
            }
        }
        return -1;
    }

    private static int tokenBefore(TokenSequence tokens, int offset, int from, int to) {
        int found = -1;
        for (int i = from; i <= to && tokens.ends()[i] <= offset; i++) {
            found = i;
        }
        return found;
    }
}
