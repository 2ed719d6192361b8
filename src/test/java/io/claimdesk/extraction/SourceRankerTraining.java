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
 * Trains the shipped source ranker from the Source spans of the PolNeAR train split and writes it, with its
 * provenance, into src/main/resources/extraction/en. Each part of the split is read with the tagger trained on the
 * other four, so that the tagged sources look as they do on unseen articles. Prints how often the ranker and the rule
 * pick the annotated source in held-out parts. Run with {@code ./mvnw -B test -Ptrain-extraction}.
 */
@Tag("training")
class SourceRankerTraining {

    static final long SEED = 20162;
    static final int EPOCHS = 10;
    private static final Path OUTPUT = Path.of("src", "main", "resources", "extraction", "en");

    @Test
    void trainsTheSourceRankerFromTheTrainSplit() throws IOException {
        Path corpus = PolnearCorpus.trainSplit();
        List<PolnearCorpus.Document> documents = PolnearCorpus.read(corpus);
        HeldOutFolds folds = HeldOutFolds.of(corpus, documents);
        int examples = 0;
        int rankerRight = 0;
        int ruleRight = 0;
        for (int fold = 0; fold < HeldOutFolds.FOLDS; fold++) {
            SourceRanker ranker = folds.rankers().get(fold);
            for (SourceRankerTrainer.Example example : folds.rankingExamples().get(fold)) {
                SourceQuestion.Mention right = example.question().mentions().get(example.answer());
                examples++;
                rankerRight += ranker.best(example.question()) == right ? 1 : 0;
                ruleRight += SourceRanker.nearestTagged().best(example.question()) == right ? 1 : 0;
            }
        }
        List<SourceRankerTrainer.Example> all = HeldOutFolds.allBut(folds.rankingExamples(), -1);
        SourceRanker ranker = train(all);
        try (OutputStream out = Files.newOutputStream(OUTPUT.resolve("source-ranker.bin.gz"))) {
            ranker.write(out);
        }
        String provenance = String.join("\n",
                "# Provenance of source-ranker.bin.gz (written by SourceRankerTraining)",
                "corpus=PolNeAR (networkdynamics/PolNeAR, LREC 2018), no explicit licence",
                "split=train",
                "articles=" + documents.size(),
                "examples=" + all.size() + " (annotated attributions whose source is among the mentions around the cue;"
                        + " each fifth of the split read with the tagger trained on the other four)",
                "algorithm=averaged perceptron over rankings of the mentions",
                "epochs=" + EPOCHS,
                "seed=" + SEED,
                "features=" + ranker.size(),
                "heldOutPicked=" + rankerRight + " of " + examples + " annotated sources picked in held-out fifths"
                        + " (nearest tagged source: " + ruleRight + ")",
                "command=./mvnw -B test -Ptrain-extraction",
                "date=" + LocalDate.now(ZoneOffset.UTC),
                "");
        Files.writeString(OUTPUT.resolve("source-ranker.properties"), provenance, StandardCharsets.UTF_8);
        System.out.printf("source ranker: %d examples; held-out fifths: annotated source picked by the ranker %d, by the "
                + "rule %d of %d%n", all.size(), rankerRight, ruleRight, examples);
    }

    /** The ranker learned from the examples with this class's passes and seed. */
    static SourceRanker train(List<SourceRankerTrainer.Example> examples) {
        return SourceRankerTrainer.train(examples, EPOCHS, SEED);
    }

    /**
     * One example per annotated attribution with a source: its cue and content in the cue's paragraph, the mentions
     * around the cue, and as answer the mention that best covers the annotated source (most of its tokens inside the
     * source, fewest outside; the earlier on a tie). Attributions whose source is among no mention are left out.
     */
    static List<SourceRankerTrainer.Example> examples(PolnearCorpus.Document document, AttributionTagger tagger) {
        TextLayout layout = TextLayout.of(document.text());
        NameFinder names = new NameFinder(layout.language());
        List<SourceRankerTrainer.Example> examples = new ArrayList<>();
        for (Paragraph paragraph : layout.paragraphs()) {
            if (paragraph.furniture()) {
                continue;
            }
            TokenSequence tokens = TokenSequence.of(layout.text(), paragraph.start(), paragraph.end(), layout.sentences());
            if (tokens.size() == 0) {
                continue;
            }
            int[] tags = null;
            List<Name> found = null;
            for (PolnearCorpus.Attribution attribution : document.attributions()) {
                int[] cue = tokensIn(tokens, attribution.cue());
                if (attribution.source() == null || cue == null) {
                    continue;
                }
                if (tags == null) {
                    tags = tagger.tag(tokens);
                    found = names.find(layout.text(), paragraph.start(), paragraph.end());
                }
                int[] content = tokensIn(tokens, attribution.content());
                int[] source = tokensIn(tokens, attribution.source());
                SourceQuestion question = SourceQuestion.of(tokens, tags, cue[0], cue[1],
                        content == null ? -1 : content[0], content == null ? -1 : content[1], found);
                int answer = answer(question, source);
                if (answer >= 0) {
                    examples.add(new SourceRankerTrainer.Example(question, answer));
                }
            }
        }
        return examples;
    }

    private static int answer(SourceQuestion question, int[] source) {
        if (source == null) {
            return -1;
        }
        int best = -1;
        int bestScore = 0;
        for (int m = 0; m < question.mentions().size(); m++) {
            SourceQuestion.Mention mention = question.mentions().get(m);
            int inside = Math.min(mention.last(), source[1]) - Math.max(mention.first(), source[0]) + 1;
            int outside = mention.last() - mention.first() + 1 - Math.max(0, inside);
            int score = inside - outside;
            if (inside > 0 && (best < 0 || score > bestScore)) {
                best = m;
                bestScore = score;
            }
        }
        return best;
    }

    /** The first and last token of the paragraph inside the span, or null when none is. */
    private static int[] tokensIn(TokenSequence tokens, PolnearCorpus.Span span) {
        if (span == null) {
            return null;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.starts()[i] < span.end() && tokens.ends()[i] > span.start()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }
}
