package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reported statements found by the attribution tagger: each content span the tagger marks, outside quotation marks
 * for the most part, that reads as a clause or that the statement filter keeps, becomes a statement of the source the
 * ranker picks around its cue, resolved like any other speaker.
 */
final class LearnedStatementFinder {

    /** Shorter contents are rarely checkable ("it", "the plan", "his remarks"). */
    private static final int MIN_WORDS = 5;
    private static final int MIN_UNQUOTED_WORDS = 2;
    /** Verbs followed by whom they address, and how many words that may take. */
    private static final java.util.Set<String> ADDRESSING = java.util.Set.of("told", "tells", "tell", "telling",
            "assured", "informed", "reminded", "warned", "promised", "briefed");
    private static final int ADDRESSEE_WORDS = 8;
    /** An agent after "according to" longer than this runs on into the content. */
    private static final int AGENT_WORDS = 8;
    /** Margins of about this size are neither sure nor unsure: a few strong features' weight. */
    private static final double MARGIN_SCALE = 4;
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("\\p{L}[’']s?$");
    private static final java.util.Set<String> CLOSING_MARKS = java.util.Set.of("”", "’", "\"", "'", ")", "»");
    private static final java.util.Set<String> APPOSITIVE_OPENINGS = java.util.Set.of(",", "—", "–", "(", "who", "which");

    private record Run(int tag, int first, int last) {
    }

    /** Why a tagged content is no statement; a candidate without one becomes a statement. */
    enum Rejection {
        SHORT, MOSTLY_QUOTED, NO_CUE, NOT_A_STATEMENT, WHERE_NOT_WHAT, NO_SOURCE, SOURCE_UNRESOLVED, EMPTY, JOINED
    }

    /**
     * A content span the tagger marked, [start,end) in the text, and the statement it makes or why it makes none,
     * with the content as the statement filter read it (null when it was rejected before the filter).
     */
    record Candidate(int start, int end, StatementFinder.Statement statement, Rejection rejection,
            StatementFilter.Content content) {

        Candidate(int start, int end, Rejection rejection) {
            this(start, end, null, rejection, null);
        }
    }

    private final TextLayout layout;
    private final AttributionTagger tagger;
    private final SourceRanker ranker;
    private final StatementFilter filter;
    private final SpeakerResolver speakers;
    private final NameFinder names;
    /** The words of the cue label "according to", lower case, as tokens read them. */
    private final String[] accordingTo;
    private final java.util.regex.Pattern adverb;

    LearnedStatementFinder(TextLayout layout, AttributionTagger tagger, SourceRanker ranker, StatementFilter filter,
            SpeakerResolver speakers, NameFinder names) {
        this.layout = layout;
        this.tagger = tagger;
        this.ranker = ranker;
        this.filter = filter;
        this.speakers = speakers;
        this.names = names;
        this.accordingTo = layout.language().accordingToCue.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        this.adverb = layout.language().pattern("adverb");
    }

    List<StatementFinder.Statement> find() {
        return candidates().stream().map(Candidate::statement).filter(java.util.Objects::nonNull).toList();
    }

    List<Candidate> candidates() {
        List<Candidate> found = new ArrayList<>();
        for (Paragraph paragraph : layout.paragraphs()) {
            if (!paragraph.furniture()) {
                TokenSequence tokens = TokenSequence.of(layout.text(), paragraph.start(), paragraph.end(), layout.sentences());
                AttributionTagger.Tagging tagging = tagger.tagWithMargins(tokens);
                List<Run> runs = runs(tagging.tags());
                List<Run> untagged = untaggedBeforeTrailingCue(tokens, tagging.tags(), runs);
                boolean contents = !untagged.isEmpty()
                        || runs.stream().anyMatch(run -> run.tag() == AttributionTagger.B_CONTENT);
                // The names of the paragraph, found once for all its contents.
                List<Name> mentioned = contents
                        ? names.find(layout.text(), tokens.starts()[0], tokens.ends()[tokens.size() - 1]) : List.of();
                int[] insertedFrom = new int[runs.size()];
                for (int r = 0; r < runs.size(); r++) {
                    insertedFrom[r] = runs.get(r).tag() == AttributionTagger.B_CONTENT
                            ? insertedFrom(tokens, tagging.tags(), runs, runs.get(r)) : -1;
                }
                for (int r = 0; r < runs.size(); r++) {
                    Run content = runs.get(r);
                    if (content.tag() == AttributionTagger.B_CONTENT) {
                        if (joined(runs, insertedFrom, content)) {
                            // The part before an inserted cue, which the content after the cue takes in.
                            found.add(new Candidate(tokens.starts()[content.first()], tokens.ends()[content.last()],
                                    Rejection.JOINED));
                            continue;
                        }
                        found.add(candidate(tokens, tagging, runs, mentioned, content,
                                toSentenceEnd(tokens, tagging.tags(), runs, content), insertedFrom[r]));
                    }
                }
                for (Run content : untagged) {
                    found.add(candidate(tokens, tagging, runs, mentioned, content, content, -1));
                }
            }
        }
        return found;
    }

    /**
     * Where the content starts when its source and cue stand between commas inside it ("A new campaign manager, | he
     * said, | could set a new tone"): the first token of its sentence, when the tagger marks a content right after the
     * cue and its comma, a source right before the cue, a comma before that source, and before the comma two unquoted
     * words or more, no cue, and not just a person's name. -1 otherwise.
     */
    private int insertedFrom(TokenSequence tokens, int[] tags, List<Run> runs, Run content) {
        Run cue = nearest(runs, AttributionTagger.B_CUE, content, content);
        if (cue == null || cue.last() >= content.first() || !tokens.words()[cue.last() + 1].equals(",")) {
            return -1;
        }
        for (int i = cue.last() + 1; i < content.first(); i++) {
            if (!tokens.words()[i].equals(",")) {
                return -1;
            }
        }
        Run source = null;
        for (Run run : runs) {
            if (run.tag() == AttributionTagger.B_SOURCE && run.last() + 1 == cue.first()) {
                source = run;
            }
        }
        int comma = source == null ? -1 : source.first() - 1;
        if (comma < 1 || !tokens.words()[comma].equals(",") || source.last() - source.first() >= StatementFinder.INSERTED_SUBJECT_WORDS) {
            return -1;
        }
        int first = tokens.sentenceFirst(comma);
        if (first == comma) {
            return -1;
        }
        int words = 0;
        for (int i = first; i < comma; i++) {
            boolean cueWord = tags[i] == AttributionTagger.B_CUE || tags[i] == AttributionTagger.I_CUE;
            if (cueWord || tokens.quoted()[i]) {
                return -1;
            }
            words += Character.isLetterOrDigit(tokens.words()[i].charAt(0)) ? 1 : 0;
        }
        // A single word before the comma ("But, she added, …") is a connective, no part of what was said, and a name
        // there is the subject of the cue with its appositive ("Anthony Anton, president of the association, stated").
        return words >= StatementFinder.INSERTED_LEAD_WORDS
                && !speakers.isPersonsName(tokens.starts()[first], tokens.ends()[comma - 1]) ? first : -1;
    }

    /**
     * The words before a source and cue that close their sentence after a comma, where the tagger marks no content in
     * that sentence ("Such a move could alienate his backers, | Clinton allies | believe."): what they report.
     */
    private static List<Run> untaggedBeforeTrailingCue(TokenSequence tokens, int[] tags, List<Run> runs) {
        List<Run> contents = new ArrayList<>();
        for (int r = 0; r + 1 < runs.size(); r++) {
            Run source = runs.get(r);
            Run cue = runs.get(r + 1);
            if (source.tag() != AttributionTagger.B_SOURCE || cue.tag() != AttributionTagger.B_CUE
                    || cue.first() != source.last() + 1 || source.first() < 2
                    || !tokens.words()[source.first() - 1].equals(",")) {
                continue;
            }
            int end = cue.last() + 1;
            if (end < tokens.size() && !tokens.sentenceStart()[end] && !tokens.words()[end].equals(".")) {
                continue;
            }
            int first = tokens.sentenceFirst(source.first() - 1);
            boolean tagged = false;
            for (int i = first; i < source.first() - 1; i++) {
                tagged |= tags[i] != AttributionTagger.O;
            }
            if (!tagged && first < source.first() - 2) {
                contents.add(new Run(AttributionTagger.B_CONTENT, first, source.first() - 2));
            }
        }
        return contents;
    }

    /** Whether a content lies in the part before the inserted cue of another content, which takes it in. */
    private static boolean joined(List<Run> runs, int[] insertedFrom, Run content) {
        for (int r = 0; r < runs.size(); r++) {
            if (insertedFrom[r] >= 0 && content.first() >= insertedFrom[r] && content.last() < runs.get(r).first()
                    && runs.get(r) != content) {
                return true;
            }
        }
        return false;
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

    /**
     * A content after its cue runs on to the end of its sentence: the tagger often stops it early ("that the bureau |
     * is also investigating …"), and reported content rarely stops before the sentence does. It stops before any other
     * part the tagger marks.
     */
    private static Run toSentenceEnd(TokenSequence tokens, int[] tags, List<Run> runs, Run content) {
        Run cue = nearest(runs, AttributionTagger.B_CUE, content, content);
        if (cue == null || cue.last() >= content.first()) {
            return content;
        }
        int last = content.last();
        while (last + 1 < tags.length && tags[last + 1] == AttributionTagger.O && !tokens.sentenceStart()[last + 1]) {
            last++;
        }
        return new Run(content.tag(), content.first(), last);
    }

    private Candidate candidate(TokenSequence tokens, AttributionTagger.Tagging tagging, List<Run> runs, List<Name> mentioned,
            Run tagged, Run content, int insertedFrom) {
        int first = insertedFrom >= 0 ? insertedFrom : content.first();
        int from = tokens.starts()[first];
        int to = tokens.ends()[content.last()];
        Run cue = nearest(runs, AttributionTagger.B_CUE, content, content);
        // Between the commas inside the content, the source is the one right before the cue; the comma before it
        // ends the part of the content before them.
        Run inserted = insertedFrom >= 0 ? nearest(runs, AttributionTagger.B_SOURCE, cue, content) : null;
        int insertedSource = inserted == null ? -1 : inserted.first() - 1;
        int words = 0;
        int quoted = 0;
        for (int i = first; i <= content.last(); i++) {
            if (Character.isLetterOrDigit(tokens.words()[i].charAt(0)) && (i < insertedSource || i >= content.first())) {
                words++;
                quoted += tokens.quoted()[i] ? 1 : 0;
            }
        }
        if (words < MIN_WORDS) {
            return new Candidate(from, to, Rejection.SHORT);
        }
        if (words - quoted < MIN_UNQUOTED_WORDS) {
            // Quoted words with little around them are a quotation, which the quotation rules attribute.
            return new Candidate(from, to, Rejection.MOSTLY_QUOTED);
        }
        if (cue == null) {
            return new Candidate(from, to, Rejection.NO_CUE);
        }
        List<String> afterCue = Arrays.asList(tokens.words()).subList(content.first(), content.last() + 1);
        // Right after a verb of saying or believing the content is a clause, unless it opens as an adjunct.
        boolean clauseCue = cue.last() + 1 == content.first()
                && layout.language().clauseCues.contains(tokens.words()[cue.last()]) && opensClause(tokens, content);
        boolean clause = clauseCue || layout.language().looksLikeClause(afterCue)
                || inserted != null && layout.language().looksLikeClause(aroundInserted(tokens, insertedFrom, insertedSource, afterCue));
        String opening = tokens.words()[content.first()];
        if (cue.last() + 1 == content.first() && layout.language().adjunctOpenings.contains(opening)
                && (clause || !layout.language().infinitiveMarkers.contains(opening) || subjectless(tokens, cue))) {
            // "said on the broadcast on the 25th": where and when it was said, not what. An infinitive ("vowed to
            // shut down the government") may be what was promised or urged: the filter decides, unless the cue's
            // subject says nothing ("is expected to visit", "seemed to").
            return new Candidate(from, to, Rejection.WHERE_NOT_WHAT);
        }
        if (!clause && (layout.language().topicCues.contains(tokens.words()[cue.last()]) || !endsAsSentence(tokens)
                || followsAccordingTo(tokens, content.first()))) {
            // "emphasized the treaty several times": what was spoken of, not what was said; a headline ("Kim Openly
            // Talks Up 'Necessity' of Russia Military Ties") gives the topic of a story; and the words right after
            // "according to" name who says it, or by what measure ("according to the closeness of the ties").
            return new Candidate(from, to, Rejection.NOT_A_STATEMENT);
        }
        if (!clause && layout.language().findingVerbs.contains(tokens.words()[cue.last()])) {
            // "Police found the stolen boat": a thing found, not a finding; a finding is a clause.
            return new Candidate(from, to, Rejection.NOT_A_STATEMENT);
        }
        if (afterQuotationOfItsCue(tokens, cue, content)) {
            // "… and added, “Think carefully.” The fact that the talks …": the cue's words are the quotation; the
            // sentence after it is the writer's.
            return new Candidate(from, to, Rejection.NOT_A_STATEMENT);
        }
        if (cue.last() < content.first() && passive(tokens, cue)) {
            // "News was also released that …", "the statement, which was announced on the night …": the subject of a
            // passive cue is what was said, and the words after it are not.
            return new Candidate(from, to, Rejection.NOT_A_STATEMENT);
        }
        if (adverbsOnly(tokens, cue)) {
            // "Russia explicitly states …": a manner of saying, whose verb the tagger left in the content.
            return new Candidate(from, to, Rejection.NO_CUE);
        }
        Run source = inserted != null ? inserted : nearest(runs, AttributionTagger.B_SOURCE, cue, content);
        if (inserted == null && source != null) {
            // The ranker picks among the tagged sources, names, pronouns and the words at the cue. Where the tagger
            // marks no source it is left out: there it adds about four statements matching nothing for one right.
            source = rankedSource(tokens, tagging.tags(), mentioned, cue, content);
        }
        int sourceEnd = source == null ? -1 : agentEnd(tokens, source);
        if (source != null && source.first() < content.first() && sourceEnd >= content.first()) {
            // "according to Western | assessments, Russia has …": the agent read on is no part of the content.
            content = new Run(content.tag(), sourceEnd + 1, content.last());
            if (content.first() > content.last()) {
                return new Candidate(from, to, Rejection.EMPTY);
            }
        }
        StatementFilter.Content read = new StatementFilter.Content(tokens, cue.first(), cue.last(), content.first(),
                content.last(), clause, clauseCue, inserted != null, words, quoted);
        if (!filter.accepts(read)) {
            // No clause, and not what the filter learned reported content looks like: a noun phrase ("his remarks
            // on trade") or an instruction ("to expect delays") asserts nothing.
            return new Candidate(from, to, null, Rejection.NOT_A_STATEMENT, read);
        }
        SpeakerResolver.Speaker speaker = null;
        if (source == null) {
            // No source marked: the subject the sentence gives the cue, if it has one.
            int cueStart = tokens.starts()[cue.first()];
            speaker = speakers.subjectBefore(layout.sentences().start(cueStart, tokens.starts()[0]), cueStart);
            if (speaker == null) {
                return new Candidate(from, to, Rejection.NO_SOURCE);
            }
            source = cue;
        } else {
            speaker = speaker(tokens, source, sourceEnd, inserted != null);
        }
        if (speaker == null) {
            return new Candidate(from, to, Rejection.SOURCE_UNRESOLVED);
        }
        int start = insertedFrom >= 0 ? from : contentStart(tokens, content, ADDRESSING.contains(tokens.words()[cue.last()]));
        int end = contentEnd(tokens, content);
        if (end <= start) {
            return new Candidate(from, to, Rejection.EMPTY);
        }
        String cueText = layout.text().substring(tokens.starts()[cue.first()], tokens.ends()[cue.last()]);
        SpeechMode mode = quoted > 0 ? SpeechMode.MIXED : SpeechMode.INDIRECT;
        return new Candidate(from, to, new StatementFinder.Statement(start, end, speaker.actor(), cueText, mode,
                score(tagging.margins(), source, cue, tagged) * speaker.confidence()), null, read);
    }

    /** Whether quoted words follow the cue and the content opens a sentence after them. */
    private static boolean afterQuotationOfItsCue(TokenSequence tokens, Run cue, Run content) {
        boolean newSentence = false;
        boolean quoted = false;
        for (int i = cue.last() + 1; i < content.first(); i++) {
            quoted |= tokens.quoted()[i];
            newSentence |= tokens.sentenceStart()[i];
        }
        return quoted && (newSentence || tokens.sentenceStart()[content.first()]);
    }

    /**
     * Whether the cue is passive: a form of "be" (or of seeming) and a past form, perhaps with a preposition after it
     * ("was also released", "was additionally announced on").
     */
    private boolean passive(TokenSequence tokens, Run cue) {
        String[] words = tokens.words();
        int last = cue.last();
        if (last > cue.first() && layout.language().adjunctOpenings.contains(words[last])) {
            last--;
        }
        return last > cue.first() && layout.language().subjectlessCueWords.contains(words[cue.first()])
                && layout.language().isPastForm(words[last]);
    }

    /** Whether every word of the cue is an adverb of manner and none a word of attribution. */
    private boolean adverbsOnly(TokenSequence tokens, Run cue) {
        for (int i = cue.first(); i <= cue.last(); i++) {
            String word = tokens.words()[i];
            if (!adverb.matcher(word).matches() || layout.language().isAttributionWord(word)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word of the cue makes it passive or one of seeming, whose subject is not who speaks. */
    private boolean subjectless(TokenSequence tokens, Run cue) {
        for (int i = cue.first(); i <= cue.last(); i++) {
            if (layout.language().subjectlessCueWords.contains(tokens.words()[i])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the paragraph ends as a sentence does, with a stop before any closing marks: headlines do not. */
    private static boolean endsAsSentence(TokenSequence tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            String word = tokens.words()[i];
            if (".!?…".contains(word)) {
                return true;
            }
            if (!CLOSING_MARKS.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /**
     * How sure the tagger is of a statement, from 0 to 1: the smallest margin among the tokens it tagged source, cue
     * and content (the weakest one decides where a part starts or stops), through a logistic function.
     */
    private static double score(float[] margins, Run... runs) {
        double weakest = Double.POSITIVE_INFINITY;
        for (Run run : runs) {
            for (int i = run.first(); i <= run.last(); i++) {
                weakest = Math.min(weakest, margins[i]);
            }
        }
        return 1 / (1 + Math.exp(-weakest / MARGIN_SCALE));
    }

    /** The words of a content on both sides of an inserted source and cue: before the comma that opens them, and after. */
    private static List<String> aroundInserted(TokenSequence tokens, int insertedFrom, int insertedSource, List<String> afterCue) {
        List<String> words = new ArrayList<>(Arrays.asList(tokens.words()).subList(insertedFrom, insertedSource));
        words.addAll(afterCue);
        return words;
    }

    /**
     * Whether the content may open a clause: with a word that opens no infinitive ("to expect …"), no adjunct ("in a
     * statement", "on Tuesday", "with reporters") and is no participle ("speaking to reporters").
     */
    private boolean opensClause(TokenSequence tokens, Run content) {
        int first = content.first();
        while (first < content.last() && tokens.words()[first].equals(",")) {
            first++;
        }
        String word = tokens.words()[first];
        Language language = layout.language();
        return Character.isLetter(word.charAt(0)) && !language.infinitiveMarkers.contains(word)
                && !language.adjunctOpenings.contains(word) && !language.complementOpeners.contains(word)
                && !Language.endsWithAny(word, language.verbFormEndings, 2);
    }

    /** The mention the ranker picks as source among those around the cue, as a run of source tokens. */
    private Run rankedSource(TokenSequence tokens, int[] tags, List<Name> mentioned, Run cue, Run content) {
        SourceQuestion question = SourceQuestion.of(tokens, tags, cue.first(), cue.last(), content.first(), content.last(), mentioned);
        SourceQuestion.Mention best = ranker.best(question);
        return best == null ? null : new Run(AttributionTagger.B_SOURCE, best.first(), best.last());
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

    /**
     * The source read as the subject its sentence ends it with, else as an agent ("according to X"), else, when it
     * names a group or a person by description only ("those surveyed", "exit polls"), as written. An appositive or a
     * relative clause after its head ("Marley Anderson, 21, a junior from Las Vegas,") is no part of it.
     */
    private SpeakerResolver.Speaker speaker(TokenSequence tokens, Run source, int sourceEnd, boolean inserted) {
        if (source.first() == sourceEnd && source.first() > 0
                && layout.language().relativeWords.contains(tokens.words()[source.first()])) {
            // "Trump, who said he would …", "a roster of donors that shows …": the relative word stands for the
            // phrase it follows.
            int before = source.first() - 1;
            int to = tokens.words()[before].equals(",") ? tokens.starts()[before] : tokens.starts()[source.first()];
            int sentence = layout.sentences().start(to, tokens.starts()[0]);
            if (to <= sentence) {
                return null;
            }
            SpeakerResolver.Speaker antecedent = speakers.antecedentBefore(sentence, to);
            return antecedent != null ? antecedent : speakers.subjectBefore(sentence, to);
        }
        int last = sourceEnd;
        for (int i = source.first() + 1; i <= last; i++) {
            if (APPOSITIVE_OPENINGS.contains(tokens.words()[i])) {
                last = i - 1;
                break;
            }
        }
        if (last > source.first() && layout.language().relativeWords.contains(tokens.words()[last])) {
            // "a roster of donors that | shows": the relative word closing the source stands for the words before it.
            last--;
        }
        int from = tokens.starts()[source.first()];
        int to = tokens.ends()[last];
        // A source between commas inside its content opens its own phrase; the words before it are the content's.
        int sentence = inserted ? from : layout.sentences().start(from, tokens.starts()[0]);
        SpeakerResolver.Speaker speaker = speakers.subjectBefore(sentence, to);
        if (speaker == null && sentence < from) {
            speaker = speakers.subjectBefore(from, to);
        }
        if (speaker == null && headedByNoName(tokens, source, last)) {
            // "Exit polls taken in South Carolina found …": the phrase as written speaks, not its first word.
            return speakers.describedAs(from, to);
        }
        return speaker != null ? speaker : speakers.agentOrDescribed(from, to, null);
    }

    /** Whether the source is a capitalized name or title in the possessive and what it owns ("Mr. Rubio's campaign"). */
    private boolean namedPossessor(TokenSequence tokens, int first, int last) {
        for (int i = first; i < last; i++) {
            if (!tokens.capitalized()[i] && !tokens.words()[i].equals(".")) {
                return false;
            }
            if (POSSESSIVE.matcher(tokens.words()[i]).find()) {
                return Character.isLowerCase(layout.text().charAt(tokens.starts()[i + 1]));
            }
        }
        return false;
    }

    /**
     * Whether the source opens its sentence with a phrase that no name heads: its first word goes on in lower case and
     * is capitalized only because it opens the sentence ("People briefed on the talks", "Thirty-one percent of those
     * surveyed"), no pronoun and no name the article knows, or is a possessive ("Clinton's campaign"); or, wherever it
     * stands, a name in the possessive with what it owns ("Mr. Rubio's campaign"). Its phrase speaks, not the one it
     * names.
     */
    private boolean headedByNoName(TokenSequence tokens, Run source, int last) {
        int first = source.first();
        if (namedPossessor(tokens, first, last)) {
            return true;
        }
        if (!tokens.sentenceStart()[first] || last <= first || layout.language().subjectPronouns.contains(tokens.words()[first])) {
            return false;
        }
        String text = layout.text();
        int start = tokens.starts()[first];
        String word = text.substring(start, tokens.ends()[first]);
        if (!Character.isUpperCase(word.charAt(0)) || !Character.isLowerCase(text.charAt(tokens.starts()[first + 1]))) {
            return false;
        }
        return POSSESSIVE.matcher(word).find() || !speakers.knowsName(word, start);
    }

    /**
     * Where the source ends: after the cue label "according to" it is the whole agent, up to the comma or the end of the sentence
     * ("according to Western assessments, …"), which the tagger sometimes cuts short.
     */
    private int agentEnd(TokenSequence tokens, Run source) {
        int first = source.first();
        if (!followsAccordingTo(tokens, first)) {
            return source.last();
        }
        int last = source.last();
        while (last + 1 < tokens.size() && last - first < AGENT_WORDS && !tokens.sentenceStart()[last + 1]
                && Character.isLetterOrDigit(tokens.words()[last + 1].charAt(0))) {
            last++;
        }
        return last;
    }

    /** Whether the token comes right after the cue label "according to". */
    private boolean followsAccordingTo(TokenSequence tokens, int token) {
        if (token < accordingTo.length) {
            return false;
        }
        for (int k = 0; k < accordingTo.length; k++) {
            if (!tokens.words()[token - accordingTo.length + k].equals(accordingTo[k])) {
                return false;
            }
        }
        return true;
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
