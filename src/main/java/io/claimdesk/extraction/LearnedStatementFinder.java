package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reported statements found by the attribution tagger: each content span the tagger marks, outside quotation marks
 * for the most part, becomes a statement of the source nearest its cue, resolved like any other speaker.
 */
final class LearnedStatementFinder {

    /** Shorter contents are rarely checkable ("it", "the plan", "his remarks"). */
    private static final int MIN_WORDS = 5;
    private static final int MIN_UNQUOTED_WORDS = 4;
    /**
     * About the share of these statements found right, speaker included, on the train split (0.56 to 0.61 by mode,
     * against gold whose speakers are only roughly resolved, so a lower bound).
     */
    private static final double LEARNED_CONFIDENCE = 0.6;
    /** Verbs followed by whom they address, and how many words that may take. */
    private static final java.util.Set<String> ADDRESSING = java.util.Set.of("told", "tells", "tell", "telling",
            "assured", "informed", "reminded", "warned", "promised", "briefed");
    private static final int ADDRESSEE_WORDS = 8;
    private static final java.util.Set<String> ADJUNCT_OPENINGS = java.util.Set.of("on", "in", "at", "during", "from",
            "after", "before", "with", "by", "for", "to", "while", "last", "this", "earlier");

    private record Run(int tag, int first, int last) {
    }

    private final TextLayout layout;
    private final AttributionTagger tagger;
    private final SpeakerResolver speakers;

    LearnedStatementFinder(TextLayout layout, AttributionTagger tagger, SpeakerResolver speakers) {
        this.layout = layout;
        this.tagger = tagger;
        this.speakers = speakers;
    }

    List<StatementFinder.Statement> find() {
        List<StatementFinder.Statement> found = new ArrayList<>();
        for (Paragraph paragraph : layout.paragraphs()) {
            if (!paragraph.furniture()) {
                TokenSequence tokens = TokenSequence.of(layout.text(), paragraph.start(), paragraph.end(), layout.sentences());
                find(tokens, runs(tagger.tag(tokens)), found);
            }
        }
        return found;
    }

    private static List<Run> runs(int[] tags) {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < tags.length; i++) {
            int tag = tags[i];
            if (tag == AttributionTagger.B_SOURCE || tag == AttributionTagger.B_CUE || tag == AttributionTagger.B_CONTENT) {
                int last = i;
                while (last + 1 < tags.length && tags[last + 1] == tag + 1) {
                    last++;
                }
                runs.add(new Run(tag, i, last));
            }
        }
        return runs;
    }

    private void find(TokenSequence tokens, List<Run> runs, List<StatementFinder.Statement> found) {
        for (Run content : runs) {
            if (content.tag() != AttributionTagger.B_CONTENT) {
                continue;
            }
            int words = 0;
            int quoted = 0;
            for (int i = content.first(); i <= content.last(); i++) {
                if (Character.isLetterOrDigit(tokens.words()[i].charAt(0))) {
                    words++;
                    quoted += tokens.quoted()[i] ? 1 : 0;
                }
            }
            if (words < MIN_WORDS || words - quoted < MIN_UNQUOTED_WORDS) {
                // Quoted words with little around them are a quotation, which the quotation rules attribute.
                continue;
            }
            if (!Lexicon.looksLikeClause(Arrays.asList(tokens.words()).subList(content.first(), content.last() + 1))) {
                // A noun phrase ("his remarks on trade") or an instruction ("to expect delays") asserts nothing.
                continue;
            }
            Run cue = nearest(runs, AttributionTagger.B_CUE, content, content);
            if (cue == null) {
                continue;
            }
            if (cue.last() + 1 == content.first() && ADJUNCT_OPENINGS.contains(tokens.words()[content.first()])) {
                // "said on the broadcast on the 25th": where and when it was said, not what.
                continue;
            }
            Run source = nearest(runs, AttributionTagger.B_SOURCE, cue, content);
            SpeakerResolver.Speaker speaker = source == null ? null : speaker(tokens, source);
            if (speaker == null) {
                continue;
            }
            int start = contentStart(tokens, content, ADDRESSING.contains(tokens.words()[cue.last()]));
            int end = contentEnd(tokens, content);
            if (end <= start) {
                continue;
            }
            String cueText = layout.text().substring(tokens.starts()[cue.first()], tokens.ends()[cue.last()]);
            SpeechMode mode = quoted > 0 ? SpeechMode.MIXED : SpeechMode.INDIRECT;
            found.add(new StatementFinder.Statement(start, end, speaker.actor(), cueText, mode,
                    Math.min(LEARNED_CONFIDENCE, speaker.confidence())));
        }
    }

    /** The run of the kind closest to the anchor, not inside the content. */
    private static Run nearest(List<Run> runs, int tag, Run anchor, Run content) {
        Run best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Run run : runs) {
            if (run.tag() != tag || run.first() >= content.first() && run.last() <= content.last()) {
                continue;
            }
            int distance = run.last() < anchor.first() ? anchor.first() - run.last() : run.first() - anchor.last();
            if (distance > 0 && distance < bestDistance) {
                best = run;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The source read as the subject its sentence ends it with, else as an agent ("according to X"). */
    private SpeakerResolver.Speaker speaker(TokenSequence tokens, Run source) {
        int from = tokens.starts()[source.first()];
        int to = tokens.ends()[source.last()];
        int sentence = layout.sentences().start(from, tokens.starts()[0]);
        SpeakerResolver.Speaker speaker = speakers.subjectBefore(sentence, to);
        if (speaker == null && sentence < from) {
            speaker = speakers.subjectBefore(from, to);
        }
        return speaker != null ? speaker : speakers.agentAt(from, to);
    }

    /**
     * Where the content starts, without a complementizer "that" or an opening comma; after a verb that takes an
     * addressee ("told Yonhap News TV on Sunday that …"), only after the "that" that follows it.
     */
    private static int contentStart(TokenSequence tokens, Run content, boolean addressed) {
        int first = content.first();
        if (addressed) {
            for (int i = first; i <= Math.min(content.last() - 1, first + ADDRESSEE_WORDS); i++) {
                if (tokens.words()[i].equals("that") && !tokens.quoted()[i]) {
                    first = i;
                    break;
                }
            }
        }
        while (first < content.last() && (tokens.words()[first].equals("that") || tokens.words()[first].equals(","))) {
            first++;
        }
        return tokens.starts()[first];
    }

    /** Where the content ends, without the stop or comma after it. */
    private static int contentEnd(TokenSequence tokens, Run content) {
        int last = content.last();
        while (last > content.first() && ".,;:".contains(tokens.words()[last])) {
            last--;
        }
        return tokens.ends()[last];
    }
}
