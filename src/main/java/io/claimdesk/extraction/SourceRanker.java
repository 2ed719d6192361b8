package io.claimdesk.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the source of an attribution among the mentions of a {@link SourceQuestion}: a linear score over features of
 * each mention (how it was found, where it stands from the cue and the content, the words at its edges), learned
 * from annotated sources by {@link SourceRankerTrainer}. {@link #nearestTagged()} is the rule it replaces: the source
 * the tagger marks nearest the cue.
 */
final class SourceRanker {

    private static final String RESOURCE = "/extraction/en/source-ranker.bin.gz";
    private static final int MAGIC = 0x53524b31;

    /** Feature weights; null for the rule. */
    private final FeatureWeights weights;

    SourceRanker(FeatureWeights weights) {
        this.weights = weights;
    }

    /** The model shipped with the application. */
    static SourceRanker english() {
        return Shipped.RANKER;
    }

    /** The rule: the tagged source nearest the cue, none when the tagger marks none. */
    static SourceRanker nearestTagged() {
        return new SourceRanker(null);
    }

    private static final class Shipped {
        private static final SourceRanker RANKER = ShippedModels.load(RESOURCE, SourceRanker::read);
    }

    /** How many features have a weight. */
    int size() {
        return weights == null ? 0 : weights.size();
    }

    /** The mention picked as source, or null when there is none to pick. */
    SourceQuestion.Mention best(SourceQuestion question) {
        SourceQuestion.Mention best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (SourceQuestion.Mention mention : question.mentions()) {
            if (weights == null) {
                if (mention.nearestTagged()) {
                    return mention;
                }
                continue;
            }
            double score = weights.score(features(question, mention));
            if (score > bestScore) {
                best = mention;
                bestScore = score;
            }
        }
        return best;
    }

    /** What the score of a mention reads. */
    static List<String> features(SourceQuestion question, SourceQuestion.Mention mention) {
        TokenSequence tokens = question.tokens();
        String[] words = tokens.words();
        boolean before = mention.last() < question.cueFirst();
        String side = before ? "B" : "A";
        int distance = before ? question.cueFirst() - mention.last() : mention.first() - question.cueLast();
        int between = 0;
        for (SourceQuestion.Mention other : question.mentions()) {
            boolean closer = before ? other.first() > mention.last() && other.last() < question.cueFirst()
                    : other.first() > question.cueLast() && other.last() < mention.first();
            between += closer ? 1 : 0;
        }
        int[] sentence = question.sentenceOf();
        int sentencesAway = sentence[question.cueFirst()] - sentence[mention.first()];
        boolean contentBetween = question.contentFirst() >= 0 && (before
                ? question.contentFirst() > mention.last() && question.contentLast() < question.cueFirst()
                : question.contentFirst() > question.cueLast() && question.contentLast() < mention.first());
        boolean comma = false;
        for (int i = Math.min(mention.last(), question.cueLast()) + 1; i < Math.max(mention.first(), question.cueFirst()); i++) {
            comma |= words[i].equals(",");
        }
        String how = (mention.tagged() ? "t" : "") + (mention.name() ? "n" : "") + (mention.pronoun() ? "p" : "")
                + (mention.subject() ? "s" : "") + (mention.agent() ? "a" : "");
        String first = words[mention.first()];
        String last = words[mention.last()];
        String previous = mention.first() > 0 ? words[mention.first() - 1] : "^";
        String next = mention.last() + 1 < words.length ? words[mention.last() + 1] : "$";
        String cue = words[question.cueLast()];
        int length = mention.last() - mention.first() + 1;
        List<String> features = new ArrayList<>(24);
        features.add("how=" + how);
        features.add("rule=" + mention.nearestTagged());
        features.add("tagged=" + mention.tagged() + "|" + side);
        features.add("name=" + mention.name() + "|" + side);
        features.add("dist=" + side + bucket(distance));
        features.add("dist=" + side + bucket(distance) + "|" + how);
        features.add("between=" + side + Math.min(between, 3));
        features.add("between=" + side + Math.min(between, 3) + "|" + how);
        features.add("sentences=" + Math.max(-2, Math.min(sentencesAway, 2)) + side);
        features.add("contentBetween=" + contentBetween + "|" + side);
        features.add("comma=" + comma + "|" + side);
        features.add("first=" + first);
        features.add("last=" + last);
        features.add("previous=" + previous + "|" + side);
        features.add("next=" + next + "|" + side);
        features.add("cue=" + cue + "|" + side);
        features.add("quoted=" + tokens.quoted()[mention.first()]);
        features.add("length=" + Math.min(length, 5) + "|" + how);
        features.add("capital=" + tokens.capitalized()[mention.first()] + "|" + side);
        features.add("opens=" + tokens.sentenceStart()[mention.first()] + "|" + side);
        return features;
    }

    private static int bucket(int distance) {
        if (distance <= 3) {
            return distance;
        }
        return distance <= 5 ? 5 : distance <= 10 ? 10 : distance <= 20 ? 20 : 99;
    }

    void write(OutputStream out) throws IOException {
        weights.write(out, MAGIC);
    }

    static SourceRanker read(InputStream in) throws IOException {
        return new SourceRanker(FeatureWeights.read(in, MAGIC, "source ranker"));
    }
}
