package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ConfidenceCalibrationTest {

    @Test
    void higherScoresNeverGetLowerProbabilities() {
        double[] scores = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8};
        boolean[] right = {false, true, false, false, true, true, false, true};

        ConfidenceCalibration.Steps steps = ConfidenceCalibration.fit(scores, right);

        for (int i = 1; i < steps.probabilities().length; i++) {
            assertTrue(steps.probabilities()[i] >= steps.probabilities()[i - 1], java.util.Arrays.toString(steps.probabilities()));
        }
        assertTrue(steps.at(0.8) > steps.at(0.1));
    }

    @Test
    void aStepHoldsTheShareRightWithOneRightAndOneWrongClaimAdded() {
        // Nine of ten right at 0.9, one of ten at 0.2: two steps, (9 + 1) / (10 + 2) and (1 + 1) / (10 + 2).
        double[] scores = new double[20];
        boolean[] right = new boolean[20];
        for (int i = 0; i < 10; i++) {
            scores[i] = 0.2;
            right[i] = i == 0;
            scores[10 + i] = 0.9;
            right[10 + i] = i > 0;
        }

        ConfidenceCalibration.Steps steps = ConfidenceCalibration.fit(scores, right);

        assertArrayEquals(new double[] {0.2, 0.9}, steps.thresholds());
        assertEquals(2.0 / 12, steps.at(0.5), 1e-9);
        assertEquals(10.0 / 12, steps.at(0.95), 1e-9);
        assertEquals(2.0 / 12, steps.at(0.0), 1e-9);
    }

    @Test
    void readsBackWhatItWrites() throws IOException {
        ConfidenceCalibration.Steps steps = new ConfidenceCalibration.Steps(new double[] {0.5, 0.9}, new double[] {0.3, 0.85});
        Properties properties = new Properties();
        properties.load(new StringReader(ConfidenceCalibration.write(Map.of(ConfidenceCalibration.Finding.QUOTE, steps))));

        ConfidenceCalibration calibration = ConfidenceCalibration.read(properties);

        assertEquals(0.85, calibration.confidence(ConfidenceCalibration.Finding.QUOTE, 0.95), 1e-9);
        assertEquals(0.3, calibration.confidence(ConfidenceCalibration.Finding.QUOTE, 0.6), 1e-9);
        // No steps fitted: the raw score stands.
        assertEquals(0.6, calibration.confidence(ConfidenceCalibration.Finding.RULE_STATEMENT, 0.6), 1e-9);
    }
}
