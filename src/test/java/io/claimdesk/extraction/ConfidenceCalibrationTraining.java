package io.claimdesk.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Fits the shipped confidence calibration on the PolNeAR train split: the split is cut into five parts, a tagger is
 * trained on four and the claims found in the fifth are scored right or wrong against its annotation, as the
 * benchmark does; each way of finding claims gets the isotonic fit of right on raw score. Run with
 * {@code ./mvnw -B test -Ptrain-extraction}.
 */
@Tag("training")
class ConfidenceCalibrationTraining {

    static final int FOLDS = HeldOutFolds.FOLDS;
    /** Raw scores lie in [0, 1]; the finding is told by the offset this adds to each. */
    private static final double OFFSET = 10;
    private static final Path OUTPUT = Path.of("src", "main", "resources", "extraction", "en");

    @Test
    void fitsTheCalibrationOnHeldOutPartsOfTheTrainSplit() throws IOException {
        Path corpus = PolnearCorpus.trainSplit();
        List<PolnearCorpus.Document> documents = PolnearCorpus.read(corpus);
        Map<ConfidenceCalibration.Finding, List<double[]>> scored = new EnumMap<>(ConfidenceCalibration.Finding.class);
        // Raw scores pass through, each moved by an offset that tells how the claim was found.
        ConfidenceCalibration offsets = new ConfidenceCalibration(Map.of()) {
            @Override
            double confidence(Finding finding, double score) {
                return OFFSET * (finding.ordinal() + 1) + score;
            }
        };
        HeldOutFolds folds = HeldOutFolds.of(corpus, documents);
        ExtractionBenchmark.Statements heldOutStatements = new ExtractionBenchmark.Statements(0, 0, 0, 0, 0, 0, 0);
        ExtractionBenchmark.Statements byClauseTest = new ExtractionBenchmark.Statements(0, 0, 0, 0, 0, 0, 0);
        for (int fold = 0; fold < FOLDS; fold++) {
            AttributionTagger tagger = folds.taggers().get(fold);
            SourceRanker ranker = folds.rankers().get(fold);
            StatementFilter filter = folds.filters().get(fold);
            ArticleExtractor extractor = new ArticleExtractor(tagger, ranker, filter, offsets);
            ArticleExtractor clauseTest = new ArticleExtractor(tagger, ranker, StatementFilter.clauseTest(), offsets);
            for (ExtractionBenchmark.Article article : ExtractionBenchmark.fromCorpus(folds.parts().get(fold))) {
                byClauseTest = byClauseTest.plus(ExtractionBenchmark.measureStatements(article,
                        clauseTest.extract(article.text()).claims(), false, System.out));
                List<ExtractedClaim> claims = extractor.extract(article.text()).claims();
                heldOutStatements = heldOutStatements.plus(ExtractionBenchmark.measureStatements(article, claims, false, System.out));
                for (ExtractedClaim claim : claims) {
                    boolean right = claim.kind() == FindingKind.QUOTE ? ExtractionBenchmark.quoteRight(article, claim)
                            : ExtractionBenchmark.statementRight(article, claim);
                    ConfidenceCalibration.Finding finding = ConfidenceCalibration.Finding.values()[(int) (claim.confidence() / OFFSET) - 1];
                    scored.computeIfAbsent(finding, key -> new ArrayList<>())
                            .add(new double[] {claim.confidence() - OFFSET * (finding.ordinal() + 1), right ? 1 : 0});
                }
            }
        }
        Map<ConfidenceCalibration.Finding, ConfidenceCalibration.Steps> steps = new EnumMap<>(ConfidenceCalibration.Finding.class);
        StringBuilder counts = new StringBuilder();
        scored.forEach((finding, pairs) -> {
            double[] scores = new double[pairs.size()];
            boolean[] right = new boolean[pairs.size()];
            int rightCount = 0;
            for (int i = 0; i < pairs.size(); i++) {
                scores[i] = pairs.get(i)[0];
                right[i] = pairs.get(i)[1] > 0;
                rightCount += right[i] ? 1 : 0;
            }
            steps.put(finding, ConfidenceCalibration.fit(scores, right));
            counts.append(String.format("# %s: %d claims, %d right%n", finding, pairs.size(), rightCount));
        });
        String header = String.join("\n",
                "# Confidence calibration (written by ConfidenceCalibrationTraining): score:probability steps per way",
                "# of finding claims, isotonic fit on claims found in held-out fifths of the PolNeAR train split",
                "# command=./mvnw -B test -Ptrain-extraction",
                "");
        Files.writeString(OUTPUT.resolve("confidence-calibration.properties"),
                header + counts + ConfidenceCalibration.write(steps), StandardCharsets.UTF_8);
        System.out.print(counts);
        print("held-out statements", heldOutStatements);
        print("held-out statements, contents kept by the clause test", byClauseTest);
        scored.forEach((finding, pairs) -> {
            long confident = pairs.stream().filter(pair -> steps.get(finding).at(pair[0]) >= 0.8).count();
            long confidentRight = pairs.stream().filter(pair -> steps.get(finding).at(pair[0]) >= 0.8 && pair[1] > 0).count();
            System.out.printf("held-out %s at 0.8 or more: %d of %d right%n", finding, confidentRight, confident);
        });
        System.out.print(ConfidenceCalibration.write(steps));
    }

    private static void print(String label, ExtractionBenchmark.Statements statements) {
        System.out.printf("%s: %d gold, recall %.3f (%d), found %.3f, unmatched %.3f (%d/%d)%n", label, statements.gold(),
                statements.recall(), statements.attributed(), statements.foundRate(), statements.unmatchedRate(),
                statements.unmatched(), statements.extracted());
    }
}
