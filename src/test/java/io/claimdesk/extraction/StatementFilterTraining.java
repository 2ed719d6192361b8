package io.claimdesk.extraction;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Trains the shipped statement filter on the PolNeAR train split and writes it, with its provenance, into
 * src/main/resources/extraction/en. Its examples are the contents the tagger marks that read as no clause and would
 * make statements, each fifth of the split read with the tagger and source ranker trained on the other four, and each
 * is a statement when it finds an annotated content as the benchmark finds one. Prints how often the filter and the
 * clause test agree with the annotation in held-out fifths. Run with {@code ./mvnw -B test -Ptrain-extraction}.
 */
@Tag("training")
class StatementFilterTraining {

    static final long SEED = 20163;
    static final int EPOCHS = 10;
    static final int MIN_COUNT = 5;
    private static final Path OUTPUT = Path.of("src", "main", "resources", "extraction", "en");

    @Test
    void trainsTheStatementFilterFromTheTrainSplit() throws IOException {
        Path corpus = PolnearCorpus.trainSplit();
        List<PolnearCorpus.Document> documents = PolnearCorpus.read(corpus);
        HeldOutFolds folds = HeldOutFolds.of(corpus, documents);
        int examples = 0;
        int statements = 0;
        int filterRight = 0;
        int clauseTestRight = 0;
        for (int fold = 0; fold < HeldOutFolds.FOLDS; fold++) {
            StatementFilter filter = folds.filters().get(fold);
            for (StatementFilterTrainer.Example example : folds.filterExamples().get(fold)) {
                examples++;
                statements += example.statement() ? 1 : 0;
                filterRight += filter.accepts(example.content()) == example.statement() ? 1 : 0;
                clauseTestRight += StatementFilter.clauseTest().accepts(example.content()) == example.statement() ? 1 : 0;
            }
        }
        StatementFilter filter = train(HeldOutFolds.allBut(folds.filterExamples(), -1));
        try (OutputStream out = Files.newOutputStream(OUTPUT.resolve("statement-filter.bin.gz"))) {
            filter.write(out);
        }
        String provenance = String.join("\n",
                "# Provenance of statement-filter.bin.gz (written by StatementFilterTraining)",
                "corpus=PolNeAR (networkdynamics/PolNeAR, LREC 2018), no explicit licence",
                "split=train",
                "articles=" + documents.size(),
                "examples=" + examples + " (contents the tagger marks that read as no clause and would make statements, " + statements
                        + " of them finding an annotated content; each fifth of the split read with the tagger and"
                        + " ranker trained on the other four)",
                "algorithm=averaged perceptron",
                "epochs=" + EPOCHS,
                "seed=" + SEED,
                "minCount=" + MIN_COUNT + " (features seen in fewer examples left out)",
                "features=" + filter.size(),
                "heldOutRight=" + filterRight + " of " + examples + " contents told right in held-out fifths"
                        + " (clause test: " + clauseTestRight + ")",
                "command=./mvnw -B test -Ptrain-extraction",
                "date=" + LocalDate.now(ZoneOffset.UTC),
                "");
        Files.writeString(OUTPUT.resolve("statement-filter.properties"), provenance, StandardCharsets.UTF_8);
        System.out.printf("statement filter: %d examples, %d statements; held-out fifths: told right by the filter %d, by the"
                + " clause test %d%n", examples, statements, filterRight, clauseTestRight);
    }

    /** The filter learned from the examples with this class's passes, seed and minimum feature count. */
    static StatementFilter train(List<StatementFilterTrainer.Example> examples) {
        return StatementFilterTrainer.train(examples, EPOCHS, SEED, MIN_COUNT);
    }
}
