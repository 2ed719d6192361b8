package io.claimdesk.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        weights.passes(examples.size(), epochs, seed, index -> {
            boolean statement = examples.get(index).statement();
            List<String> features = featuresOf.get(index);
            if (weights.score(features) > 0 != statement) {
                weights.update(features, statement ? 1 : -1);
            }
        });
        return new StatementFilter(weights.averaged());
    }
}
