package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Learns a {@link StatementFilter} from contents whose answer is known: an averaged perceptron (a content on the wrong
 * side of zero moves the weights towards its answer), examples shuffled with a fixed seed, features seen in fewer
 * examples than a minimum left out.
 */
final class StatementFilterTrainer {

    /** A content and whether it is reported content. */
    record Example(StatementFilter.Content content, boolean statement) {
    }

    private StatementFilterTrainer() {
    }

    static StatementFilter train(List<Example> examples, int epochs, long seed, int minCount) {
        List<List<String>> all = examples.stream().map(example -> StatementFilter.features(example.content())).toList();
        Map<String, Integer> counts = new HashMap<>();
        all.forEach(features -> features.forEach(feature -> counts.merge(feature, 1, Integer::sum)));
        // A feature of a few examples is mostly their words: it would learn them, not what reported content is.
        List<List<String>> featuresOf = all.stream()
                .map(features -> features.stream().filter(feature -> counts.get(feature) >= minCount).toList()).toList();
        FeatureWeights.Averaging weights = new FeatureWeights.Averaging();
        List<Integer> order = new ArrayList<>(IntStream.range(0, examples.size()).boxed().toList());
        Random random = new Random(seed);
        long step = 1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int index : order) {
                boolean statement = examples.get(index).statement();
                List<String> features = featuresOf.get(index);
                if (weights.score(features) > 0 != statement) {
                    weights.update(features, statement ? 1 : -1, step);
                }
                step++;
            }
        }
        return new StatementFilter(weights.averaged(step));
    }
}
