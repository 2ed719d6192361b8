package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds reported statements without quotation marks: "According to X, …", "…, according to X.", "X said (that) …",
 * "X announced that …" and "…, X said."
 */
final class StatementFinder {

    record Statement(int start, int end, Cast.Member actor, String cue, SpeechMode mode, double confidence) {
    }

    /** The statements found, and the cast with the speakers met on the way. */
    record Statements(List<Statement> found, Cast cast) {
    }

    private static final int MIN_WORDS = 4;
    private static final int TAIL = 100;
    /**
     * A subject set between commas inside its content is short ("he said", "a wide array of economists say"); the
     * learned statements hold their inserted sources to the same bound.
     */
    static final int INSERTED_SUBJECT_WORDS = 8;
    /** A single word before it ("But, she added, …") is a connective, no part of what was said. */
    static final int INSERTED_LEAD_WORDS = 2;

    private final String text;
    private final Sentences sentences;
    private final SpeakerResolver speakers;
    private final Language language;
    private final Pattern accordingToOpening;
    private final Pattern accordingTrailing;
    private final Pattern accordingInserted;
    private final Pattern trailingCue;
    private final Pattern trailingInvertedCue;
    private final Pattern reportingVerb;
    private final Pattern thatNext;
    private final Pattern that;
    private final Pattern audience;
    private final Pattern tailAdjunct;

    private StatementFinder(TextLayout layout, SpeakerResolver speakers) {
        this.text = layout.text();
        this.sentences = layout.sentences();
        this.speakers = speakers;
        this.language = layout.language();
        this.accordingToOpening = language.pattern("according-to-opening");
        this.accordingTrailing = language.pattern("according-trailing");
        this.accordingInserted = language.pattern("according-inserted");
        this.trailingCue = language.pattern("trailing-cue");
        this.trailingInvertedCue = language.pattern("trailing-inverted-cue");
        this.reportingVerb = language.pattern("reporting-verb");
        this.thatNext = language.pattern("that-next");
        this.that = language.pattern("that");
        this.audience = language.pattern("audience");
        this.tailAdjunct = language.pattern("cue-tail-adjunct");
    }

    /** The statements of the layout's body paragraphs; the cast given is left as it is. */
    static Statements find(TextLayout layout, Cast cast, NameFinder names) {
        SpeakerResolver speakers = SpeakerResolver.onCopyOf(cast, layout, names);
        return new Statements(new StatementFinder(layout, speakers).find(layout.paragraphs()), speakers.cast());
    }

    private List<Statement> find(List<Paragraph> paragraphs) {
        List<Statement> found = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            if (paragraph.furniture()) {
                continue;
            }
            int start = paragraph.start();
            while (start < paragraph.end()) {
                int end = sentences.end(start, paragraph.end());
                Statement statement = statement(start, end);
                if (statement != null && (statement.mode() == SpeechMode.MIXED || !hasQuotation(start, end))) {
                    found.add(statement);
                } else if (statement != null && partialQuotation(start, statement)) {
                    // Reported speech with quoted words: "X believes the deal will reach “…” by May."
                    found.add(new Statement(statement.start(), statement.end(), statement.actor(), statement.cue(),
                            SpeechMode.MIXED, statement.confidence()));
                }
                start = sentences.skipSpace(end, paragraph.end());
            }
        }
        return found;
    }

    /** The cue comes first and the quoted words sit inside the reported content, which does not open with them. */
    private boolean partialQuotation(int sentenceStart, Statement statement) {
        return statement.start() > sentenceStart && !hasQuotation(sentenceStart, statement.start())
                && !sentences.quoted(statement.start());
    }

    private boolean hasQuotation(int from, int to) {
        for (int i = from; i < to; i++) {
            if (sentences.quoted(i)) {
                return true;
            }
        }
        return false;
    }

    private Statement statement(int from, int to) {
        int end = to;
        while (end > from && ".!? ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        Matcher according = accordingToOpening.matcher(text).region(from, text.length());
        if (according.lookingAt()) {
            int agent = according.end();
            int comma = text.indexOf(',', agent);
            if (comma > 0 && comma < end) {
                SpeakerResolver.Speaker speaker = speakers.agentAt(agent, comma);
                return make(sentences.skipSpace(comma + 1, end), end, speaker, language.accordingToCue);
            }
        }
        // Trailing attributions are short: look only at the end of the sentence.
        int tail = Math.max(from, end - TAIL);
        Matcher trailingAccording = accordingTrailing.matcher(text).region(tail, end);
        if (trailingAccording.find()) {
            SpeakerResolver.Speaker speaker = speakers.agentAt(trailingAccording.start(1), trailingAccording.end(1));
            return make(from, trailingAccording.start(), speaker, language.accordingToCue);
        }
        Matcher accordingInside = accordingInserted.matcher(text).region(from, end);
        if (accordingInside.find()) {
            // "Fundraising, according to the campaign, has surged": the words on both sides are what the agent reports.
            SpeakerResolver.Speaker speaker = speakers.agentOrDescribed(accordingInside.start(1), accordingInside.end(1),
                    null);
            // "In exchange, according to Western assessments, Russia has received …": an adjunct or a single word
            // before it is no part of what is reported.
            List<String> lead = sentences.lowerCaseWords(from, accordingInside.start());
            boolean adjunct = lead.size() < 2 || language.adjunctOpenings.contains(lead.get(0));
            return make(adjunct ? accordingInside.end() : from, end, speaker, language.accordingToCue);
        }
        Matcher trailing = trailingCue.matcher(text).region(tail, end);
        if (trailing.find()) {
            // "…, the study concluded.", "…, Clinton allies believe.": a source the article names no further speaks
            // as written.
            SpeakerResolver.Speaker speaker = speakers.subjectOrDescribed(trailing.start(1), trailing.start(2), null);
            if (speaker != null) {
                return make(from, trailing.start(), speaker, trailing.group(2));
            }
        }
        Matcher inverted = trailingInvertedCue.matcher(text).region(tail, end);
        if (inverted.find() && language.looksLikeClause(sentences.lowerCaseWords(from, inverted.start()))) {
            // "Turnout was higher than expected, said Steven Taylor, a political scientist."
            SpeakerResolver.Speaker speaker = speakers.agentAt(inverted.start(2), inverted.end(2));
            if (speaker != null) {
                return make(from, inverted.start(), speaker, inverted.group(1));
            }
        }
        Matcher cue = reportingVerb.matcher(text).region(from, end);
        while (cue.find()) {
            if (language.findingVerbs.contains(cue.group()) && !thatNext.matcher(text).region(cue.end(), end).lookingAt()) {
                continue;
            }
            SpeakerResolver.Speaker speaker = speakers.subjectBefore(from, cue.start());
            if (speaker == null) {
                continue;
            }
            Matcher complementizer = that.matcher(text).region(cue.end(), Math.min(end, cue.end() + 80));
            int content = complementizer.find() && !clauseBefore(cue.end(), complementizer.start())
                    ? complementizer.end() : cue.end();
            if (content == cue.end() && language.audienceVerbs.contains(cue.group())) {
                // "told reporters the vote …" reports; "told him to leave" or "told a story" does not.
                Matcher addressed = audience.matcher(text).region(cue.end(), end);
                if (!addressed.lookingAt()) {
                    return null;
                }
                content = addressed.end();
            }
            int inserted = content == cue.end() ? insertedCue(from, cue.start(), cue.end(), end) : -1;
            if (inserted >= 0) {
                // "A new campaign manager, he said, could set a new tone": the content runs on both sides of its
                // cue, whose subject starts after the comma.
                Statement statement = make(from, end, speakers.subjectBefore(inserted, cue.start()), cue.group());
                // Quoted words after the cue sit inside the reported content.
                return statement == null || !hasQuotation(from, end) ? statement : new Statement(statement.start(),
                        statement.end(), statement.actor(), statement.cue(), SpeechMode.MIXED, statement.confidence());
            }
            int contentFrom = sentences.skipSpace(content, end);
            if (content == cue.end() && contentFrom < end && text.charAt(contentFrom) == ',') {
                // "But, Brandt added, the fees will fall": the comma closes the cue, it opens no content.
                contentFrom = sentences.skipSpace(contentFrom + 1, end);
            }
            List<String> contentWords = content == cue.end() ? sentences.lowerCaseWords(contentFrom, end) : List.of();
            if (content == cue.end() && adjunctBeforeQuotation(contentWords, contentFrom, end)) {
                // "said of the senator, “…”": the quotation is what was said, and the quotation rules attribute it.
                return null;
            }
            if (content == cue.end() && !language.looksLikeClause(contentWords)) {
                // "Putin emphasized the treaty several times": a noun phrase after the verb asserts nothing.
                return null;
            }
            return make(contentFrom, end, speaker, cue.group());
        }
        return null;
    }

    /**
     * Whether the words from contentFrom (given in lower case) are an adjunct ("of the senator", "on Monday") and a comma
     * before a quotation.
     */
    private boolean adjunctBeforeQuotation(List<String> words, int contentFrom, int end) {
        int comma = text.indexOf(',', contentFrom);
        if (words.isEmpty() || !language.adjunctOpenings.contains(words.get(0)) || comma < 0 || comma >= end) {
            return false;
        }
        int after = sentences.skipSpace(comma + 1, end);
        return after < end && sentences.quoted(after) && !hasQuotation(contentFrom, comma);
    }

    /**
     * Whether the words between a cue and a later "that" are already the reported clause ("says Clinton ran a strong
     * campaign that led to …"), so that the "that" opens a relative clause inside it; an adjunct ("said on Monday
     * that") or an addressee ("told reporters that") is not.
     */
    private boolean clauseBefore(int cueEnd, int thatStart) {
        if (tailAdjunct.matcher(text).region(cueEnd, thatStart).lookingAt()) {
            return false;
        }
        return language.looksLikeClause(sentences.lowerCaseWords(cueEnd, thatStart));
    }

    /**
     * Where the subject starts when it and the cue stand between commas inside the content ("Over the years, she said,
     * email has helped …"): a comma follows the cue, a comma opens the words of the subject after words of the
     * sentence (two at least, unquoted), and the words after the cue, or those on both sides, read as a clause. A comma
     * right before the cue closes an appositive of the subject ("Smith, the mayor, said, …") instead. -1 when they do
     * not.
     */
    private int insertedCue(int from, int cueStart, int cueEnd, int end) {
        int after = sentences.skipSpace(cueEnd, end);
        if (after >= end || text.charAt(after) != ',') {
            return -1;
        }
        int comma = text.lastIndexOf(',', cueStart - 1);
        if (comma <= from || !Character.isWhitespace(text.charAt(comma + 1))) {
            return -1;
        }
        int subjectWords = sentences.words(comma + 1, cueStart);
        if (subjectWords == 0 || subjectWords > INSERTED_SUBJECT_WORDS || sentences.words(from, comma) < INSERTED_LEAD_WORDS
                || hasQuotation(from, comma) || speakers.isPersonsName(from, comma)) {
            // A name before the first comma is the subject, the words after it its appositive ("Anthony Anton,
            // president of the association stated, …").
            return -1;
        }
        List<String> afterCue = sentences.lowerCaseWords(after + 1, end);
        List<String> content = new ArrayList<>(sentences.lowerCaseWords(from, comma));
        content.addAll(afterCue);
        boolean clause = language.looksLikeClause(afterCue) || language.looksLikeClause(content);
        return clause ? sentences.skipSpace(comma + 1, cueStart) : -1;
    }

    private Statement make(int start, int end, SpeakerResolver.Speaker speaker, String cue) {
        if (speaker == null || end <= start || text.substring(start, end).split("\\s+").length < MIN_WORDS) {
            return null;
        }
        return new Statement(start, end, speaker.actor(), cue, SpeechMode.INDIRECT, Math.min(0.7, speaker.confidence()));
    }
}
