package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;

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
        FeatureWeights.Averaging weights = new FeatureWeights.Averaging();
        weights.passes(examples.size(), epochs, seed, index -> {
            List<List<String>> byMention = featuresOf.get(index);
            int predicted = 0;
            double best = Double.NEGATIVE_INFINITY;
            for (int m = 0; m < byMention.size(); m++) {
                double score = weights.score(byMention.get(m));
                if (score > best) {
                    best = score;
                    predicted = m;
                }
            }
            int answer = examples.get(index).answer();
            if (predicted != answer) {
                weights.update(byMention.get(answer), 1);
                weights.update(byMention.get(predicted), -1);
            }
        });
        return new SourceRanker(weights.averaged());
    }
}
