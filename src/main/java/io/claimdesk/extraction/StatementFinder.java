package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds reported statements without quotation marks: "According to X, …", "…, according to X.", "X said (that) …",
 * "X announced that …" and "…, X said."
 */
final class StatementFinder {

    record Statement(int start, int end, Cast.Actor actor, String cue, SpeechMode mode, double confidence) {
    }

    private static final Set<String> REPORTING = Set.of(
            "said", "says", "announced", "announces", "reported", "reports", "wrote", "writes", "stated", "claimed",
            "claims", "argued", "argues", "warned", "warns", "noted", "notes", "added", "adds", "explained",
            "predicted", "confirmed", "told", "tells", "insisted", "insists", "acknowledged", "admitted", "stressed",
            "emphasized", "declared", "suggested", "concluded",
            // Beliefs and expectations of a named source are checkable claims too.
            "believes", "believe", "believed", "expects", "expected", "speculate", "speculates", "speculated",
            "fears", "feared", "assesses", "assessed", "estimates", "estimated",
            // Findings of studies and inquiries, only as "found that …" ("police found the car" reports nothing).
            "found", "finds");
    private static final Set<String> FINDING = Set.of("found", "finds");
    private static final Pattern THAT_NEXT = Pattern.compile("\\s+that\\b");
    private static final Pattern REPORTING_VERB = Pattern.compile("\\b(?:" + String.join("|", REPORTING) + ")\\b");
    private static final Pattern THAT = Pattern.compile("\\bthat\\b");
    /** Whom a "told" without "that" addresses before the reported clause. */
    private static final Pattern AUDIENCE = Pattern.compile("\\s+(?:reporters|journalists|lawmakers|senators|supporters|"
            + "voters|investigators|the (?:crowd|audience|committee|jury|panel))\\s+(?!(?:to|about|on|in|at|of)\\b)");
    private static final Pattern TRAILING_CUE = Pattern.compile(",\\s*([^,]{1,80}?)\\s+(said|says|added|wrote|reported|noted)"
            + "(?:\\s+(?:on|in|at|during|last|this|earlier|late|early|after|before)\\b[^,]{0,30})?\\s*\\.?$");
    private static final Pattern ACCORDING_TRAILING = Pattern.compile(",\\s*according to\\s+([^,]{2,80}?)\\s*\\.?$");
    private static final int MIN_WORDS = 4;
    private static final int TAIL = 100;

    private final String text;
    private final Sentences sentences;
    private final SpeakerResolver speakers;

    StatementFinder(String text, Sentences sentences, SpeakerResolver speakers) {
        this.text = text;
        this.sentences = sentences;
        this.speakers = speakers;
    }

    List<Statement> find(List<Paragraph> paragraphs) {
        List<Statement> found = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            if (paragraph.furniture()) {
                continue;
            }
            int start = paragraph.start();
            while (start < paragraph.end()) {
                int end = sentences.end(start, paragraph.end());
                Statement statement = statement(start, end);
                if (statement != null && !hasQuotation(start, end)) {
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
        if (text.startsWith("According to ", from) || text.startsWith("according to ", from)) {
            int agent = from + "according to ".length();
            int comma = text.indexOf(',', agent);
            if (comma > 0 && comma < end) {
                SpeakerResolver.Speaker speaker = speakers.agentAt(agent, comma);
                return make(sentences.skipSpace(comma + 1, end), end, speaker, "according to");
            }
        }
        // Trailing attributions are short: look only at the end of the sentence.
        int tail = Math.max(from, end - TAIL);
        Matcher trailingAccording = ACCORDING_TRAILING.matcher(text).region(tail, end);
        if (trailingAccording.find()) {
            SpeakerResolver.Speaker speaker = speakers.agentAt(trailingAccording.start(1), trailingAccording.end(1));
            return make(from, trailingAccording.start(), speaker, "according to");
        }
        Matcher trailing = TRAILING_CUE.matcher(text).region(tail, end);
        if (trailing.find()) {
            SpeakerResolver.Speaker speaker = speakers.subjectBefore(trailing.start(1), trailing.start(2));
            if (speaker != null) {
                return make(from, trailing.start(), speaker, trailing.group(2));
            }
        }
        Matcher cue = REPORTING_VERB.matcher(text).region(from, end);
        while (cue.find()) {
            if (FINDING.contains(cue.group()) && !THAT_NEXT.matcher(text).region(cue.end(), end).lookingAt()) {
                continue;
            }
            SpeakerResolver.Speaker speaker = speakers.subjectBefore(from, cue.start());
            if (speaker == null) {
                continue;
            }
            Matcher that = THAT.matcher(text).region(cue.end(), Math.min(end, cue.end() + 80));
            int content = that.find() ? that.end() : cue.end();
            if (content == cue.end() && (cue.group().startsWith("told") || cue.group().startsWith("tell"))) {
                // "told reporters the vote …" reports; "told him to leave" or "told a story" does not.
                Matcher audience = AUDIENCE.matcher(text).region(cue.end(), end);
                if (!audience.lookingAt()) {
                    return null;
                }
                content = audience.end();
            }
            int contentFrom = sentences.skipSpace(content, end);
            if (content == cue.end() && !Lexicon.looksLikeClause(sentences.lowerCaseWords(contentFrom, end))) {
                // "Putin emphasized the treaty several times": a noun phrase after the verb asserts nothing.
                return null;
            }
            return make(contentFrom, end, speaker, cue.group());
        }
        return null;
    }

    private Statement make(int start, int end, SpeakerResolver.Speaker speaker, String cue) {
        if (speaker == null || end <= start || text.substring(start, end).split("\\s+").length < MIN_WORDS) {
            return null;
        }
        return new Statement(start, end, speaker.actor(), cue, SpeechMode.INDIRECT, Math.min(0.7, speaker.confidence()));
    }
}
