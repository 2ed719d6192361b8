package io.claimdesk.extraction;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Trains the shipped attribution tagger from the PolNeAR train split and writes it, with its provenance, into
 * src/main/resources/extraction/en. Run with {@code ./mvnw -B test -Ptrain-extraction}; the corpus location can be
 * set with {@code -Dextraction.corpus=PATH}.
 */
@Tag("training")
class AttributionModelTraining {

    static final long SEED = 20161;
    static final int EPOCHS = 14;
    static final int MIN_COUNT = 3;
    /** In units of one update; chosen by the statements of the held-out fifths (see docs/extraction.md). */
    static final float MISSED_PART_COST = 200;
    private static final Path OUTPUT = Path.of("src", "main", "resources", "extraction", "en");

    @Test
    void trainsTheAttributionTaggerFromTheTrainSplit() throws IOException {
        Path corpus = PolnearCorpus.trainSplit();
        List<PolnearCorpus.Document> documents = PolnearCorpus.read(corpus);
        List<AttributionTrainer.Example> examples = new ArrayList<>();
        long tokens = 0;
        for (PolnearCorpus.Document document : documents) {
            for (AttributionTrainer.Example example : examples(document)) {
                examples.add(example);
                tokens += example.tags().length;
            }
        }
        long start = System.nanoTime();
        AttributionTagger tagger = AttributionTrainer.train(examples, EPOCHS, SEED, MIN_COUNT, MISSED_PART_COST);
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.createDirectories(OUTPUT);
        Path model = OUTPUT.resolve("attribution-tagger.bin.gz");
        try (OutputStream out = Files.newOutputStream(model)) {
            tagger.write(out);
        }
        String provenance = String.join("\n",
                "# Provenance of attribution-tagger.bin.gz (written by AttributionModelTraining)",
                "corpus=PolNeAR (networkdynamics/PolNeAR, LREC 2018), no explicit licence",
                "split=train",
                "articles=" + documents.size(),
                "paragraphs=" + examples.size(),
                "tokens=" + tokens,
                "algorithm=averaged structured perceptron, BIO tags for source, cue and content, Viterbi decoding",
                "epochs=" + EPOCHS,
                "seed=" + SEED,
                "minFeatureCount=" + MIN_COUNT,
                "missedPartCost=" + MISSED_PART_COST,
                "featureBits=" + AttributionTagger.BITS,
                "learnedCueWords=" + tagger.cueWords().size()
                        + " (marked as cue at least 5 times and in at least half of their occurrences)",
                "command=./mvnw -B test -Ptrain-extraction",
                "date=" + LocalDate.now(ZoneOffset.UTC),
                "");
        Files.writeString(OUTPUT.resolve("attribution-tagger.properties"), provenance, StandardCharsets.UTF_8);
        System.out.printf("trained on %d paragraphs, %d tokens in %.1f s; model %d bytes%n", examples.size(), tokens,
                seconds, Files.size(model));
    }

    /** One example per body paragraph, with the attribution parts that overlap it. */
    static List<AttributionTrainer.Example> examples(PolnearCorpus.Document document) {
        TextLayout layout = TextLayout.of(document.text());
        List<AttributionTrainer.Example> examples = new ArrayList<>();
        for (Paragraph paragraph : layout.paragraphs()) {
            if (paragraph.furniture()) {
                continue;
            }
            List<AttributionTrainer.Marked> marked = new ArrayList<>();
            for (PolnearCorpus.Attribution attribution : document.attributions()) {
                mark(marked, AttributionTrainer.Part.CONTENT, attribution.content(), paragraph);
                mark(marked, AttributionTrainer.Part.CUE, attribution.cue(), paragraph);
                mark(marked, AttributionTrainer.Part.SOURCE, attribution.source(), paragraph);
            }
            TokenSequence tokens = TokenSequence.of(layout.text(), paragraph.start(), paragraph.end(), layout.sentences());
            if (tokens.size() > 0) {
                examples.add(AttributionTrainer.example(tokens, marked));
            }
        }
        return examples;
    }

    private static void mark(List<AttributionTrainer.Marked> marked, AttributionTrainer.Part part, PolnearCorpus.Span span,
            Paragraph paragraph) {
        if (span != null && span.start() < paragraph.end() && span.end() > paragraph.start()) {
            marked.add(new AttributionTrainer.Marked(part, span.start(), span.end()));
        }
    }
}
