package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Learns an {@link AttributionTagger} from paragraphs whose sources, cues and contents are marked: an averaged
 * structured perceptron (Collins 2002) with Viterbi decoding, examples shuffled with a fixed seed, features seen fewer
 * than {@code minCount} times left out. While learning, every tag but the marked one of a token the annotation marks
 * scores {@code missedPartCost} more (cost-augmented decoding), so that the weights learn to mark it by that margin: a
 * tagger that learns only to beat the annotation by any margin marks too few parts on unseen text.
 */
final class AttributionTrainer {

    enum Part {
        SOURCE, CUE, CONTENT
    }

    /** A marked part of an attribution; offsets index the text. */
    record Marked(Part part, int start, int end) {
    }

    /** The tokens of a paragraph and their gold tags. */
    record Example(TokenSequence tokens, int[] tags) {
    }

    /** A cue word is marked as (part of) a cue at least this often, and in at least this share of its occurrences. */
    private static final int CUE_WORD_COUNT = 5;
    private static final double CUE_WORD_SHARE = 0.5;

    private AttributionTrainer() {
    }

    /** An example from marked parts: contents first, so that the source and cue of a nested attribution stand out. */
    static Example example(TokenSequence sequence, List<Marked> marked) {
        int n = sequence.size();
        int[] tags = new int[n];
        List<Marked> ordered = new ArrayList<>(marked);
        ordered.sort((a, b) -> Boolean.compare(a.part() != Part.CONTENT, b.part() != Part.CONTENT));
        for (Marked mark : ordered) {
            int begin = mark.part() == Part.SOURCE ? AttributionTagger.B_SOURCE
                    : mark.part() == Part.CUE ? AttributionTagger.B_CUE : AttributionTagger.B_CONTENT;
            boolean first = true;
            for (int i = 0; i < n; i++) {
                if (sequence.starts()[i] < mark.end() && sequence.ends()[i] > mark.start()) {
                    tags[i] = first ? begin : begin + 1;
                    first = false;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (!AttributionTagger.allowed(i == 0 ? AttributionTagger.O : tags[i - 1], tags[i])) {
                tags[i] = tags[i] - 1;
            }
        }
        return new Example(sequence, tags);
    }

    /**
     * Words the examples mark as cues often and mostly ("contends", "lamented", "insists"): the features read them as
     * attribution words beside those of the language, so that a cue missing from its lists still anchors its content.
     */
    static Set<String> cueWords(List<Example> examples) {
        Map<String, int[]> counts = new HashMap<>();
        for (Example example : examples) {
            String[] words = example.tokens().words();
            for (int i = 0; i < words.length; i++) {
                if (Character.isLetter(words[i].charAt(0))) {
                    int[] count = counts.computeIfAbsent(words[i], word -> new int[2]);
                    count[0]++;
                    int tag = example.tags()[i];
                    count[1] += tag == AttributionTagger.B_CUE || tag == AttributionTagger.I_CUE ? 1 : 0;
                }
            }
        }
        Set<String> cues = new TreeSet<>();
        counts.forEach((word, count) -> {
            if (count[1] >= CUE_WORD_COUNT && count[1] >= CUE_WORD_SHARE * count[0]) {
                cues.add(word);
            }
        });
        return cues;
    }

    static AttributionTagger train(List<Example> examples, int epochs, long seed, int minCount, float missedPartCost) {
        Set<String> cueWords = cueWords(examples);
        List<int[][]> featuresOf = new ArrayList<>(examples.size());
        for (Example example : examples) {
            featuresOf.add(AttributionFeatures.of(example.tokens(), cueWords));
        }
        int size = (1 << AttributionTagger.BITS) * AttributionTagger.TAGS;
        int transitionSize = AttributionTagger.TAGS * AttributionTagger.TAGS + AttributionTagger.TAGS;
        int[] counts = new int[1 << AttributionTagger.BITS];
        for (int[][] features : featuresOf) {
            for (int[] token : features) {
                for (int feature : token) {
                    counts[feature]++;
                }
            }
        }
        float[] weights = new float[size];
        double[] accumulated = new double[size];
        float[] transitions = new float[transitionSize];
        double[] accumulatedTransitions = new double[transitionSize];
        List<Integer> order = new ArrayList<>(examples.size());
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        long step = 1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int index : order) {
                int[][] exampleFeatures = featuresOf.get(index);
                int[] gold = examples.get(index).tags();
                int[] token = {0};
                int[] predicted = AttributionTagger.decode(exampleFeatures, (features, scores) -> {
                    for (int feature : features) {
                        int base = feature * AttributionTagger.TAGS;
                        for (int t = 0; t < AttributionTagger.TAGS; t++) {
                            scores[t] += weights[base + t];
                        }
                    }
                    int marked = gold[token[0]++];
                    if (marked != AttributionTagger.O) {
                        for (int t = 0; t < AttributionTagger.TAGS; t++) {
                            scores[t] += t == marked ? 0 : missedPartCost;
                        }
                    }
                }, transitions);
                for (int i = 0; i < gold.length; i++) {
                    if (gold[i] != predicted[i]) {
                        for (int feature : exampleFeatures[i]) {
                            if (counts[feature] >= minCount) {
                                update(weights, accumulated, feature * AttributionTagger.TAGS + gold[i], 1, step);
                                update(weights, accumulated, feature * AttributionTagger.TAGS + predicted[i], -1, step);
                            }
                        }
                    }
                    int goldFrom = transition(gold, i);
                    int predictedFrom = transition(predicted, i);
                    if (goldFrom != predictedFrom) {
                        update(transitions, accumulatedTransitions, goldFrom, 1, step);
                        update(transitions, accumulatedTransitions, predictedFrom, -1, step);
                    }
                }
                step++;
            }
        }
        return AttributionTagger.fromDense(average(weights, accumulated, step), average(transitions, accumulatedTransitions, step),
                cueWords);
    }

    /** Index of the transition into token i: from the tag before it, or the start weight of its tag. */
    private static int transition(int[] tags, int i) {
        int tags2 = AttributionTagger.TAGS * AttributionTagger.TAGS;
        return i == 0 ? tags2 + tags[0] : tags[i - 1] * AttributionTagger.TAGS + tags[i];
    }

    private static void update(float[] weights, double[] accumulated, int index, float delta, long step) {
        weights[index] += delta;
        accumulated[index] += step * delta;
    }

    private static float[] average(float[] weights, double[] accumulated, long steps) {
        float[] averaged = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            averaged[i] = (float) (weights[i] - accumulated[i] / steps);
        }
        return averaged;
    }
}
