package io.claimdesk.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a content the tagger marks is reported as a statement: one that the clause test of the language
 * reads as a clause is; one that it does not is when a linear score over features of the content and its cue (its
 * opening words, the cue word, its length, the clause test's answers) is above zero. The score is learned by
 * {@link StatementFilterTrainer} from the contents of the train split that read as no clause, those its annotation
 * holds as reported content and those it does not. {@link #clauseTest()} is the rule it extends: only clauses.
 */
final class StatementFilter {

    private static final String RESOURCE = "/extraction/en/statement-filter.bin.gz";
    private static final int MAGIC = 0x53464c31;
    private static final String NONE = "-";

    /** What the filter reads of a content: its tokens, cue and content as token ranges, and the clause test's answers. */
    record Content(TokenSequence tokens, int cueFirst, int cueLast, int first, int last, boolean clause,
            boolean clauseAfterCue, boolean inserted, int words, int quoted) {
    }

    private enum Mode {
        LEARNED, CLAUSE_TEST, ALL
    }

    private final Mode mode;
    private final FeatureWeights weights;

    private StatementFilter(Mode mode, FeatureWeights weights) {
        this.mode = mode;
        this.weights = weights;
    }

    StatementFilter(FeatureWeights weights) {
        this(Mode.LEARNED, weights);
    }

    /** The model shipped with the application. */
    static StatementFilter english() {
        return Shipped.FILTER;
    }

    /** The rule: a content that reads as a clause. */
    static StatementFilter clauseTest() {
        return new StatementFilter(Mode.CLAUSE_TEST, null);
    }

    /** Every content, to learn from what comes of each. */
    static StatementFilter acceptingAll() {
        return new StatementFilter(Mode.ALL, null);
    }

    private static final class Shipped {
        private static final StatementFilter FILTER = ShippedModels.load(RESOURCE, StatementFilter::read);
    }

    int size() {
        return weights == null ? 0 : weights.size();
    }

    boolean accepts(Content content) {
        return switch (mode) {
            case ALL -> true;
            case CLAUSE_TEST -> content.clause();
            case LEARNED -> content.clause() || weights.score(features(content)) > 0;
        };
    }

    /** What the score of a content reads. */
    static List<String> features(Content content) {
        String[] words = content.tokens().words();
        int first = content.first();
        while (first < content.last() && (words[first].equals(",") || words[first].equals("that"))) {
            first++;
        }
        boolean adjacent = content.cueLast() + 1 == content.first();
        String side = content.first() > content.cueLast() ? (adjacent ? "A" : "a") : "B";
        String cue = words[content.cueLast()];
        String opening = words[first];
        String second = first + 1 <= content.last() ? words[first + 1] : NONE;
        String after = content.last() + 1 < words.length ? words[content.last() + 1] : NONE;
        String clause = (content.clause() ? "c" : "") + (content.clauseAfterCue() ? "v" : "") + (content.inserted() ? "i" : "");
        List<String> features = new ArrayList<>(16);
        features.add("bias");
        features.add("clause=" + clause);
        features.add("clause=" + clause + "|" + side);
        features.add("that=" + words[content.first()].equals("that") + "|" + side);
        features.add("cue=" + cue + "|" + side);
        features.add("cueFirst=" + words[content.cueFirst()]);
        features.add("open=" + opening);
        features.add("open=" + opening + "|" + clause);
        features.add("open2=" + opening + " " + second);
        features.add("cueOpen=" + cue + " " + opening);
        features.add("after=" + after);
        features.add("words=" + bucket(content.words()));
        features.add("quoted=" + (content.quoted() == 0 ? 0 : content.quoted() * 4 / content.words() + 1));
        features.add("opensSentence=" + content.tokens().sentenceStart()[first] + "|" + side);
        return features;
    }

    private static int bucket(int words) {
        return words <= 6 ? words : words <= 10 ? 10 : words <= 20 ? 20 : words <= 40 ? 40 : 99;
    }

    void write(OutputStream out) throws IOException {
        weights.write(out, MAGIC);
    }

    static StatementFilter read(InputStream in) throws IOException {
        return new StatementFilter(FeatureWeights.read(in, MAGIC, "statement filter"));
    }
}
