package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Turns the raw score of a claim into the probability that it is right, quotation or statement and speaker alike: one
 * non-decreasing step function per way of finding claims, fitted by isotonic regression (pool adjacent violators) on
 * claims found in held-out parts of the train split. Raw scores are the rules' own scores for quotations and rule
 * statements, and the tagger's margin for learned statements.
 */
class ConfidenceCalibration {

    enum Finding {
        QUOTE, RULE_STATEMENT, LEARNED_STATEMENT
    }

    private static final String RESOURCE = "/extraction/en/confidence-calibration.properties";

    /** thresholds[i] is the lowest score that gets probabilities[i]; scores below the first get the first. */
    record Steps(double[] thresholds, double[] probabilities) {

        double at(double score) {
            int found = Arrays.binarySearch(thresholds, score);
            int index = found >= 0 ? found : Math.max(0, -found - 2);
            return probabilities[index];
        }
    }

    private final Map<Finding, Steps> steps;

    ConfidenceCalibration(Map<Finding, Steps> steps) {
        this.steps = new EnumMap<>(Finding.class);
        this.steps.putAll(steps);
    }

    static ConfidenceCalibration english() {
        return Shipped.CALIBRATION;
    }

    private static final class Shipped {
        private static final ConfidenceCalibration CALIBRATION = ShippedModels.load(RESOURCE, in -> {
            Properties properties = new Properties();
            properties.load(in);
            return read(properties);
        });
    }

    /** The probability a claim found this way with this raw score is right; the raw score where none was fitted. */
    double confidence(Finding finding, double score) {
        Steps fitted = steps.get(finding);
        return fitted == null ? score : fitted.at(score);
    }

    Steps steps(Finding finding) {
        return steps.get(finding);
    }

    /** Isotonic regression of right (1) or wrong (0) on score: the non-decreasing steps closest in squared error. */
    static Steps fit(double[] scores, boolean[] right) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        List<double[]> blocks = new ArrayList<>(); // lowest score, sum of labels, count
        int next = 0;
        while (next < order.length) {
            // Claims of one score form one block first; then blocks merge while the earlier one is not lower.
            double score = scores[order[next]];
            double[] block = {score, 0, 0};
            while (next < order.length && scores[order[next]] == score) {
                block[1] += right[order[next]] ? 1 : 0;
                block[2]++;
                next++;
            }
            blocks.add(block);
            while (blocks.size() > 1) {
                double[] last = blocks.get(blocks.size() - 1);
                double[] before = blocks.get(blocks.size() - 2);
                if (before[1] / before[2] < last[1] / last[2]) {
                    break;
                }
                before[1] += last[1];
                before[2] += last[2];
                blocks.remove(blocks.size() - 1);
            }
        }
        double[] thresholds = new double[blocks.size()];
        double[] probabilities = new double[blocks.size()];
        double floor = 0;
        for (int i = 0; i < blocks.size(); i++) {
            thresholds[i] = blocks.get(i)[0];
            // One right and one wrong claim more in every step, so that a few claims alone claim no certainty.
            floor = Math.max(floor, (blocks.get(i)[1] + 1) / (blocks.get(i)[2] + 2));
            probabilities[i] = floor;
        }
        return new Steps(thresholds, probabilities);
    }

    static ConfidenceCalibration read(Properties properties) {
        Map<Finding, Steps> steps = new EnumMap<>(Finding.class);
        for (Finding finding : Finding.values()) {
            String value = properties.getProperty(key(finding));
            if (value == null || value.isBlank()) {
                continue;
            }
            String[] pairs = value.trim().split("\\s+");
            double[] thresholds = new double[pairs.length];
            double[] probabilities = new double[pairs.length];
            for (int i = 0; i < pairs.length; i++) {
                String[] pair = pairs[i].split(":");
                thresholds[i] = Double.parseDouble(pair[0]);
                probabilities[i] = Double.parseDouble(pair[1]);
            }
            steps.put(finding, new Steps(thresholds, probabilities));
        }
        return new ConfidenceCalibration(steps);
    }

    /** One line per way of finding claims: "score:probability" pairs, lowest score first. */
    static String write(Map<Finding, Steps> steps) {
        StringBuilder out = new StringBuilder();
        steps.forEach((finding, fitted) -> {
            out.append(key(finding)).append('=');
            for (int i = 0; i < fitted.thresholds().length; i++) {
                out.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.6g:%.3f", fitted.thresholds()[i],
                        fitted.probabilities()[i]));
            }
            out.append('\n');
        });
        return out.toString();
    }

    private static String key(Finding finding) {
        return finding.name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
