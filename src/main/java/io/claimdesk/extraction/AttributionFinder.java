package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who is quoted: a cue right after the quotation (",” she said", ",” said X"), then a cue before it in the same
 * sentence ("X said, “", "X told Y that “"), then the speaker of the quotation it continues (same paragraph, a quotation
 * running over paragraphs, or a paragraph opened by "X continued:").
 */
final class AttributionFinder {

    record Attribution(Cast.Member actor, String cue, SpeechMode mode, double confidence) {
    }

    /** The attribution of each quotation (null where none), and the cast with the speakers met on the way. */
    record Attributions(List<Attribution> byQuote, Cast cast) {
    }

    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s,—–\\-]*");
    private static final int MAX_WORDS_TO_CUE = 12;
    /** A subject right after the quotation may be longer: its name and appositive ("Fred Kagan, director of …, said"). */
    private static final int MAX_WORDS_TO_CUE_AFTER_SUBJECT = 20;
    private static final int MAX_SHORT_SENTENCE = 8;
    private static final int MAX_WORDS_BETWEEN = 6;
    private static final int MAX_WORDS_REPORTED = 25;

    private final String text;
    private final List<Paragraph> paragraphs;
    private final Sentences sentences;
    private final SpeakerResolver speakers;
    private final Language language;
    private final Pattern tailDirect;
    private final Pattern tailAdjunct;
    private final Pattern tailObject;
    private final Pattern tightCue;
    private final Pattern addresseeEnd;
    private final Pattern accordingToAfterQuote;
    private final Pattern thatInside;

    private AttributionFinder(TextLayout layout, SpeakerResolver speakers) {
        this.text = layout.text();
        this.paragraphs = layout.paragraphs();
        this.sentences = layout.sentences();
        this.speakers = speakers;
        this.language = layout.language();
        this.tailDirect = language.pattern("cue-tail-direct");
        this.tailAdjunct = language.pattern("cue-tail-adjunct");
        this.tailObject = language.pattern("cue-tail-object");
        this.tightCue = language.pattern("tight-cue");
        this.addresseeEnd = language.pattern("addressee-end");
        this.accordingToAfterQuote = language.pattern("according-to-after-quote");
        this.thatInside = language.pattern("that-inside");
    }

    /** Who says each quotation of the layout; the cast given is left as it is. */
    static Attributions attribute(TextLayout layout, Cast cast, NameFinder names) {
        SpeakerResolver speakers = SpeakerResolver.onCopyOf(cast, layout, names);
        return new Attributions(new AttributionFinder(layout, speakers).attribute(layout.quotes()), speakers.cast());
    }

    private List<Attribution> attribute(List<QuoteSpan> quotes) {
        List<Attribution> found = new ArrayList<>();
        SpeakerResolver.LastQuoted lastQuoted = null;
        for (int i = 0; i < quotes.size(); i++) {
            QuoteSpan quote = quotes.get(i);
            QuoteSpan previous = i > 0 && quotes.get(i - 1).paragraph() == quote.paragraph() ? quotes.get(i - 1) : null;
            QuoteSpan next = i + 1 < quotes.size() && quotes.get(i + 1).paragraph() == quote.paragraph() ? quotes.get(i + 1) : null;
            boolean tight = quote.label() == null && tightlyIntroduced(quote, previous);
            Attribution own = quote.label() != null ? labelled(quote) : tight ? before(quote, previous, lastQuoted) : null;
            if (own == null) {
                own = after(quote, next, lastQuoted);
            }
            if (own == null && !tight) {
                own = before(quote, previous, lastQuoted);
            }
            if (own != null) {
                lastQuoted = new SpeakerResolver.LastQuoted(own.actor(), quote.close());
            }
            found.add(own);
        }
        shareAcrossParagraphs(quotes, found);
        // The quotations left go on from speakers found earlier; a pronoun in their cues still sees the last one quoted.
        for (int i = 0; i < quotes.size(); i++) {
            if (found.get(i) == null) {
                found.set(i, continuation(quotes, found, i, lastQuoted));
            }
        }
        return found;
    }

    /**
     * A quotation running over paragraphs keeps its speaker: a segment without a cue of its own takes the one of the
     * segment before it, and leading segments take the first cue found further on.
     */
    private static void shareAcrossParagraphs(List<QuoteSpan> quotes, List<Attribution> found) {
        int groupStart = 0;
        for (int i = 0; i < quotes.size(); i++) {
            if (quotes.get(i).continues() && i + 1 < quotes.size()) {
                continue;
            }
            Attribution current = null;
            for (int j = groupStart; j <= i; j++) {
                if (found.get(j) != null) {
                    current = found.get(j);
                } else if (current != null) {
                    found.set(j, weaker(current, current.confidence() - 0.1));
                }
            }
            Attribution first = null;
            for (int j = i; j >= groupStart; j--) {
                if (found.get(j) != null) {
                    first = found.get(j);
                } else if (first != null) {
                    found.set(j, weaker(first, first.confidence() - 0.1));
                }
            }
            groupStart = i + 1;
        }
    }

    /** A transcript line names its speaker: "GREER: …". */
    private Attribution labelled(QuoteSpan quote) {
        int at = text.indexOf(quote.label(), quote.open());
        Cast.Member actor = speakers.actorOf(new Name(at, at + quote.label().length(), quote.label(), null,
                SpeakerKind.PERSON));
        return new Attribution(actor, ":", SpeechMode.DIRECT, 0.85);
    }

    /** "X said, “…" or "X continued: “…": the cue right before the quotation claims it, whatever follows. */
    private boolean tightlyIntroduced(QuoteSpan quote, QuoteSpan previous) {
        int floor = previous == null ? paragraphs.get(quote.paragraph()).start() : previous.close() + 1;
        Matcher tight = tightCue.matcher(text).region(Math.max(floor, quote.open() - 40), quote.open());
        return tight.find();
    }

    private Attribution after(QuoteSpan quote, QuoteSpan next, SpeakerResolver.LastQuoted lastQuoted) {
        Paragraph paragraph = paragraphs.get(quote.paragraph());
        int from = quote.close() + 1;
        if (from >= paragraph.end()) {
            return null;
        }
        int ceiling = next == null ? paragraph.end() : next.open();
        int to = sentences.end(from, ceiling);
        Matcher lead = LEADING_PUNCTUATION.matcher(text).region(from, to);
        int start = lead.lookingAt() ? lead.end() : from;
        if (start >= to) {
            return null;
        }
        char last = text.charAt(quote.end() - 1);
        boolean newSentence = ".!?".indexOf(last) >= 0 && Character.isUpperCase(text.charAt(start));
        // A quotation ending in ! or ? has no comma to hand over to its cue, so a longer subject may follow it:
        // "“…!” Scott's niece, state Del. Marcia Price, shouted.".
        boolean longSentence = last == '.' && sentences.words(start, to) > MAX_SHORT_SENTENCE;
        if (newSentence && (longSentence || next != null && to == ceiling)) {
            // "“….” He added, “…”": a new sentence running into the next quotation introduces that one.
            return null;
        }
        Matcher according = accordingToAfterQuote.matcher(text).region(start, to);
        if (according.lookingAt()) {
            SpeakerResolver.Speaker source = speakers.agentAt(according.end(), to, lastQuoted);
            return source == null ? null
                    : new Attribution(source.actor(), language.accordingToCue, SpeechMode.DIRECT, source.confidence());
        }
        Matcher cue = language.cueVerb.matcher(text).region(start, to);
        int maxWords = last == ',' && Character.isUpperCase(text.charAt(start)) ? MAX_WORDS_TO_CUE_AFTER_SUBJECT : MAX_WORDS_TO_CUE;
        if (!cue.find() || sentences.words(start, cue.start()) > maxWords) {
            return null;
        }
        // "“…,” Rubio's campaign said", "“…,” said one woman in the crowd": a source the article names no further
        // speaks as written.
        SpeakerResolver.Speaker speaker = cue.start() == start
                ? speakers.agentOrDescribed(sentences.skipSpace(cue.end(), to), to, lastQuoted)
                : speakers.subjectOrDescribed(start, cue.start(), lastQuoted);
        if (speaker == null) {
            return null;
        }
        return new Attribution(speaker.actor(), cueText(cue, to), SpeechMode.DIRECT, speaker.confidence());
    }

    private Attribution before(QuoteSpan quote, QuoteSpan previous, SpeakerResolver.LastQuoted lastQuoted) {
        Paragraph paragraph = paragraphs.get(quote.paragraph());
        int floor = previous == null ? paragraph.start() : previous.close() + 1;
        int from = sentences.start(quote.open(), floor);
        if (from >= quote.open()) {
            return null;
        }
        Attribution according = accordingTo(from, quote.open(), lastQuoted);
        if (according != null) {
            return according;
        }
        List<int[]> cues = new ArrayList<>();
        Matcher cue = language.cueVerb.matcher(text).region(from, quote.open());
        while (cue.find()) {
            cues.add(new int[] {cue.start(), cue.end()});
        }
        if (cues.isEmpty() && language.capitalizedCueVerb.matcher(text).region(from, quote.open()).lookingAt()) {
            return opening(from, quote.open());
        }
        for (int c = cues.size() - 1; c >= 0; c--) {
            int cueStart = cues.get(c)[0];
            int cueEnd = cues.get(c)[1];
            String verb = text.substring(cueStart, cueEnd);
            String tail = text.substring(cueEnd, quote.open());
            SpeechMode mode = SpeechMode.DIRECT;
            String cueText = verb;
            boolean plain = tailDirect.matcher(tail).matches() || tailAdjunct.matcher(tail).matches();
            Matcher object = tailObject.matcher(tail);
            if (!plain && object.matches() && language.addresses(verb, object.group("object").trim())
                    && !thatInside.matcher(object.group("object")).find()) {
                cueText = verb + " " + addressee(object.group("object").trim());
            } else if (!plain && sentences.words(cueEnd, quote.open()) <= MAX_WORDS_REPORTED) {
                // "X told Y that the army was “…”": a quoted part inside reported speech.
                mode = SpeechMode.MIXED;
            } else if (!plain) {
                continue;
            }
            if (quote.single() && mode == SpeechMode.MIXED) {
                // Single marks inside reported speech are mostly labels and terms, not quotations.
                return null;
            }
            SpeakerResolver.Speaker speaker = speakers.subjectBefore(from, cueStart, lastQuoted);
            if (speaker == null && language.participles.contains(verb) && mode != SpeechMode.DIRECT) {
                continue;
            }
            if (speaker == null && cueStart > from) {
                // "X warned the day before, saying, “…”": the participle hangs on the subject of its clause; else the
                // subject speaks as written ("Delgado's office said in a statement: “…”").
                speaker = speakers.firstPerson(from, cueStart, lastQuoted);
                if (speaker == null) {
                    speaker = speakers.describedAs(from, cueStart);
                }
            }
            if (speaker != null) {
                double confidence = mode == SpeechMode.MIXED ? Math.min(speaker.confidence(), 0.7) : speaker.confidence();
                return new Attribution(speaker.actor(), cueText, mode, confidence);
            }
        }
        return colon(from, quote.open(), lastQuoted);
    }

    /** "According to X, “…”". */
    private Attribution accordingTo(int from, int to, SpeakerResolver.LastQuoted lastQuoted) {
        Matcher according = language.accordingTo.matcher(text).region(from, to);
        if (!according.find()) {
            return null;
        }
        int comma = text.indexOf(',', according.end());
        if (comma < 0 || comma >= to || !text.substring(comma + 1, to).isBlank()) {
            return null;
        }
        SpeakerResolver.Speaker speaker = speakers.agentAt(sentences.skipSpace(according.end(), comma), comma, lastQuoted);
        return speaker == null ? null
                : new Attribution(speaker.actor(), language.accordingToCue, SpeechMode.DIRECT, speaker.confidence());
    }

    /** A sentence opened by its verb ("Claimed, “…”" under a headline naming the speaker). */
    private Attribution opening(int from, int to) {
        Matcher verb = language.capitalizedCueVerb.matcher(text).region(from, to);
        if (!verb.lookingAt()) {
            return null;
        }
        String cue = text.substring(verb.start(), verb.end()).trim();
        // "Said Dorothy Poynter, who grew up with Ali, “…”": the agent after the verb.
        SpeakerResolver.Speaker agent = speakers.agentAt(sentences.skipSpace(verb.end(), to), to);
        if (agent != null) {
            return new Attribution(agent.actor(), cue, SpeechMode.DIRECT, agent.confidence());
        }
        SpeakerResolver.Speaker speaker = speakers.previousPerson(from);
        return speaker == null ? null : new Attribution(speaker.actor(), cue, SpeechMode.DIRECT, 0.5);
    }

    /** "Putin: …" — a name, or a clause with its subject, and a colon introduce the words that follow. */
    private Attribution colon(int from, int to, SpeakerResolver.LastQuoted lastQuoted) {
        String before = text.substring(from, to).stripTrailing();
        if (!before.endsWith(":")) {
            return null;
        }
        int colon = from + before.length() - 1;
        SpeakerResolver.Speaker speaker = speakers.subjectBefore(from, colon, lastQuoted);
        if (speaker != null) {
            return new Attribution(speaker.actor(), ":", SpeechMode.DIRECT, 0.7);
        }
        // "She then addressed the supporters again: “…”": the subject of the clause the colon closes.
        speaker = speakers.firstPerson(sentences.start(colon, from), colon, lastQuoted);
        return speaker == null ? null : new Attribution(speaker.actor(), ":", SpeechMode.DIRECT, 0.6);
    }

    /**
     * No cue of its own: the quotation goes on from the previous one in the paragraph, or opens a paragraph after
     * "X continued:" or after a paragraph whose quotation had a speaker.
     */
    private Attribution continuation(List<QuoteSpan> quotes, List<Attribution> found, int i, SpeakerResolver.LastQuoted lastQuoted) {
        QuoteSpan quote = quotes.get(i);
        QuoteSpan previousQuote = i > 0 && quotes.get(i - 1).paragraph() == quote.paragraph() ? quotes.get(i - 1) : null;
        if (previousQuote != null && found.get(i - 1) != null && adjacent(previousQuote, quote)
                && previousQuote.single() == quote.single()) {
            return weaker(found.get(i - 1), 0.75);
        }
        if (quote.single()) {
            // A single-quoted span far from any cue is a term or a label.
            return null;
        }
        Paragraph paragraph = paragraphs.get(quote.paragraph());
        if (quote.open() != paragraph.start()) {
            return previousSentence(quote, paragraph, lastQuoted);
        }
        Paragraph previous = previousBody(quote.paragraph());
        if (previous == null) {
            return null;
        }
        if (previous.text().endsWith(":")) {
            Attribution intro = introduction(previous, lastQuoted);
            if (intro != null) {
                return intro;
            }
        }
        if (ownedBySentence(quote, paragraph)) {
            // "“…,” read a sign held by a student.": its sentence goes on with a speaker of its own, if one the rules do
            // not know.
            return null;
        }
        for (int j = i - 1; j >= 0 && quotes.get(j).paragraph() >= previous.index(); j--) {
            if (found.get(j) != null && quotes.get(j).paragraph() == previous.index()) {
                return weaker(found.get(j), 0.6);
            }
        }
        return null;
    }

    /** Whether the sentence of the quotation goes on after it with words of its own. */
    private boolean ownedBySentence(QuoteSpan quote, Paragraph paragraph) {
        int end = sentences.end(quote.close(), paragraph.end());
        for (int at = quote.close() + 1; at < end; at++) {
            if (Character.isLetter(text.charAt(at))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two quotations of one speaker stand close: a cue or a few words between them (",” he said. “", " and then “"),
     * the second opens its own sentence, or it goes on with the sentence after a comma (",” said X, a spokeswoman
     * for the campaign, “").
     */
    private boolean adjacent(QuoteSpan previous, QuoteSpan quote) {
        return sentences.words(previous.close() + 1, quote.open()) <= MAX_WORDS_BETWEEN
                || sentences.start(quote.open(), previous.close() + 1) >= quote.open()
                || text.substring(previous.close() + 1, quote.open()).stripTrailing().endsWith(",");
    }

    /** "…, Lind said. “…”": the quotation goes on from the attribution of the sentence before it. */
    private Attribution previousSentence(QuoteSpan quote, Paragraph paragraph, SpeakerResolver.LastQuoted lastQuoted) {
        int sentenceStart = sentences.start(quote.open(), paragraph.start());
        if (sentenceStart <= paragraph.start()) {
            return null;
        }
        int from = sentences.start(sentenceStart - 1, paragraph.start());
        Attribution attribution = lastCue(from, sentenceStart, lastQuoted);
        return attribution == null ? null : weaker(attribution, 0.6);
    }

    /** The last cue of text[from,to) with its subject before it or its agent right after it. */
    private Attribution lastCue(int from, int to, SpeakerResolver.LastQuoted lastQuoted) {
        Matcher cue = language.cueVerb.matcher(text).region(from, to);
        int cueStart = -1;
        int cueEnd = -1;
        while (cue.find()) {
            if (!sentences.quoted(cue.start())) {
                cueStart = cue.start();
                cueEnd = cue.end();
            }
        }
        if (cueStart < 0) {
            return null;
        }
        SpeakerResolver.Speaker speaker = speakers.subjectBefore(from, cueStart, lastQuoted);
        if (speaker == null) {
            speaker = speakers.agentAt(sentences.skipSpace(cueEnd, to), to, lastQuoted);
        }
        return speaker == null ? null
                : new Attribution(speaker.actor(), text.substring(cueStart, cueEnd), SpeechMode.DIRECT, 0.8);
    }

    /** "Lindqvist continued:" standing alone before a quoted paragraph. */
    private Attribution introduction(Paragraph paragraph, SpeakerResolver.LastQuoted lastQuoted) {
        int colon = paragraph.end() - 1;
        int from = sentences.start(colon, paragraph.start());
        Attribution cued = lastCue(from, colon, lastQuoted);
        if (cued != null) {
            return cued;
        }
        // "On Monday, Greer made the following remarks:" introduces its subject's words without a cue verb.
        SpeakerResolver.Speaker speaker = speakers.firstPerson(from, colon, lastQuoted);
        return speaker == null ? null : new Attribution(speaker.actor(), ":", SpeechMode.DIRECT, 0.6);
    }

    private Paragraph previousBody(int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!paragraphs.get(i).furniture()) {
                return paragraphs.get(i);
            }
        }
        return null;
    }

    private static Attribution weaker(Attribution attribution, double cap) {
        return new Attribution(attribution.actor(), attribution.cue(), attribution.mode(),
                Math.min(attribution.confidence(), cap));
    }

    /** The verb as written, with its addressee when it has one ("told Yonhap News TV"). */
    private String cueText(Matcher cue, int limit) {
        String verb = cue.group();
        int end = cue.end();
        int stop = end;
        while (stop < limit && (",.;:“”\"".indexOf(text.charAt(stop)) < 0 || withinNumber(stop))) {
            stop++;
        }
        String object = addressee(text.substring(end, stop).trim());
        boolean addressed = !object.isEmpty() && sentences.words(end, stop) <= 6 && language.addresses(verb, object);
        return addressed ? verb + " " + object : verb;
    }

    /** A comma or dot between digits ("a crowd of 5,000"). */
    private boolean withinNumber(int at) {
        return at > 0 && at + 1 < text.length() && Character.isDigit(text.charAt(at - 1)) && Character.isDigit(text.charAt(at + 1));
    }

    /** The addressee without the time or place that follows it ("Yonhap News TV", not "… on Sunday"). */
    private String addressee(String object) {
        Matcher cut = addresseeEnd.matcher(object);
        return cut.find() ? object.substring(0, cut.start()) : object;
    }
}
