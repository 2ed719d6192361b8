package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Learns a {@link SourceRanker} from questions whose right mention is known: an averaged perceptron over rankings
 * (the mention scored highest is the answer; a wrong answer moves the weights towards the right mention's features
 * and away from the answer's), examples shuffled with a fixed seed.
 */
final class SourceRankerTrainer {

    /** A question and the index of its right mention. */
    record Example(SourceQuestion question, int answer) {
    }

    private SourceRankerTrainer() {
    }

    static SourceRanker train(List<Example> examples, int epochs, long seed) {
        List<List<List<String>>> featuresOf = new ArrayList<>(examples.size());
        for (Example example : examples) {
            List<List<String>> byMention = new ArrayList<>();
            for (SourceQuestion.Mention mention : example.question().mentions()) {
                byMention.add(SourceRanker.features(example.question(), mention));
            }
            featuresOf.add(byMention);
        }
        Map<String, double[]> weights = new HashMap<>();
        List<Integer> order = new ArrayList<>(IntStream.range(0, examples.size()).boxed().toList());
        Random random = new Random(seed);
        long step = 1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int index : order) {
                List<List<String>> byMention = featuresOf.get(index);
                int predicted = 0;
                double best = Double.NEGATIVE_INFINITY;
                for (int m = 0; m < byMention.size(); m++) {
                    double score = 0;
                    for (String feature : byMention.get(m)) {
                        double[] weight = weights.get(feature);
                        score += weight == null ? 0 : weight[0];
                    }
                    if (score > best) {
                        best = score;
                        predicted = m;
                    }
                }
                int answer = examples.get(index).answer();
                if (predicted != answer) {
                    update(weights, byMention.get(answer), 1, step);
                    update(weights, byMention.get(predicted), -1, step);
                }
                step++;
            }
        }
        Map<String, Float> averaged = new HashMap<>();
        for (Map.Entry<String, double[]> entry : weights.entrySet()) {
            float weight = (float) (entry.getValue()[0] - entry.getValue()[1] / step);
            if (weight != 0) {
                averaged.put(entry.getKey(), weight);
            }
        }
        return new SourceRanker(averaged);
    }

    private static void update(Map<String, double[]> weights, List<String> features, int delta, long step) {
        for (String feature : features) {
            double[] weight = weights.computeIfAbsent(feature, key -> new double[2]);
            weight[0] += delta;
            weight[1] += step * delta;
        }
    }
}
