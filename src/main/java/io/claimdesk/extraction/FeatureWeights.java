package io.claimdesk.extraction;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** The weights of a linear model over named features, as the source ranker and the statement filter keep them. */
final class FeatureWeights {

    private final Map<String, Float> weights;

    FeatureWeights(Map<String, Float> weights) {
        this.weights = Collections.unmodifiableMap(new HashMap<>(weights));
    }

    int size() {
        return weights.size();
    }

    double score(List<String> features) {
        double score = 0;
        for (String feature : features) {
            Float weight = weights.get(feature);
            score += weight == null ? 0 : weight;
        }
        return score;
    }

    /** Gzipped: the model's magic number, the feature count, then each feature (sorted) and its weight. */
    void write(OutputStream out, int magic) throws IOException {
        GZIPOutputStream zipped = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(zipped);
        data.writeInt(magic);
        data.writeInt(weights.size());
        for (Map.Entry<String, Float> entry : new TreeMap<>(weights).entrySet()) {
            data.writeUTF(entry.getKey());
            data.writeFloat(entry.getValue());
        }
        data.flush();
        zipped.finish();
    }

    static FeatureWeights read(InputStream in, int magic, String model) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        if (data.readInt() != magic) {
            throw new IOException("not a " + model + " model");
        }
        int size = data.readInt();
        Map<String, Float> weights = new HashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            weights.put(data.readUTF(), data.readFloat());
        }
        return new FeatureWeights(weights);
    }

    /**
     * The weights of an averaged perceptron while it learns: each weight with the sum of its changes weighted by the
     * step they were made at, so that the average over all steps is read at the end without summing every step.
     */
    static final class Averaging {

        private final Map<String, double[]> weights = new HashMap<>();
        private long step = 1;

        /** Visits every example once per pass, in an order shuffled with the seed for each pass; each visit is a step. */
        void passes(int examples, int epochs, long seed, IntConsumer visit) {
            List<Integer> order = new ArrayList<>(IntStream.range(0, examples).boxed().toList());
            Random random = new Random(seed);
            for (int epoch = 0; epoch < epochs; epoch++) {
                Collections.shuffle(order, random);
                for (int index : order) {
                    visit.accept(index);
                    step++;
                }
            }
        }

        double score(List<String> features) {
            double score = 0;
            for (String feature : features) {
                double[] weight = weights.get(feature);
                score += weight == null ? 0 : weight[0];
            }
            return score;
        }

        void update(List<String> features, int delta) {
            for (String feature : features) {
                double[] weight = weights.computeIfAbsent(feature, key -> new double[2]);
                weight[0] += delta;
                weight[1] += step * delta;
            }
        }

        /** The weights averaged over the steps taken; features whose average is zero are left out. */
        FeatureWeights averaged() {
            Map<String, Float> averaged = new HashMap<>();
            for (Map.Entry<String, double[]> entry : weights.entrySet()) {
                float weight = (float) (entry.getValue()[0] - entry.getValue()[1] / step);
                if (weight != 0) {
                    averaged.put(entry.getKey(), weight);
                }
            }
            return new FeatureWeights(averaged);
        }
    }
}
