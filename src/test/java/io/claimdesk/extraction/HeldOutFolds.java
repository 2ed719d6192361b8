package io.claimdesk.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The PolNeAR train split cut into five parts by article (the i-th article goes to part i mod 5), with a tagger
 * trained on the four parts other than each, and the source ranking examples of each part read with the tagger that
 * did not learn from it, as are the statement filter's examples, with the ranker that did not learn from it either;
 * and the ranker and filter trained on the four other parts' examples. Built once per corpus and JVM: the training
 * classes use the same models.
 */
record HeldOutFolds(List<List<PolnearCorpus.Document>> parts, List<AttributionTagger> taggers,
        List<List<SourceRankerTrainer.Example>> rankingExamples, List<SourceRanker> rankers,
        List<List<StatementFilterTrainer.Example>> filterExamples, List<StatementFilter> filters) {

    static final int FOLDS = 5;
    private static final ConcurrentMap<Path, HeldOutFolds> BUILT = new ConcurrentHashMap<>();

    static HeldOutFolds of(Path corpus, List<PolnearCorpus.Document> documents) {
        return BUILT.computeIfAbsent(corpus.toAbsolutePath().normalize(), key -> build(documents));
    }

    private static HeldOutFolds build(List<PolnearCorpus.Document> documents) {
        List<List<PolnearCorpus.Document>> parts = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            parts.add(new ArrayList<>());
        }
        for (int i = 0; i < documents.size(); i++) {
            parts.get(i % FOLDS).add(documents.get(i));
        }
        List<AttributionTagger> taggers = new ArrayList<>();
        List<List<SourceRankerTrainer.Example>> rankingExamples = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<AttributionTrainer.Example> examples = new ArrayList<>();
            for (int other = 0; other < FOLDS; other++) {
                if (other != fold) {
                    parts.get(other).forEach(document -> examples.addAll(AttributionModelTraining.examples(document)));
                }
            }
            AttributionTagger tagger = tagger(examples, fold);
            taggers.add(tagger);
            List<SourceRankerTrainer.Example> ranking = new ArrayList<>();
            parts.get(fold).forEach(document -> ranking.addAll(SourceRankerTraining.examples(document, tagger)));
            rankingExamples.add(ranking);
        }
        List<SourceRanker> rankers = new ArrayList<>();
        List<List<StatementFilterTrainer.Example>> filterExamples = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            rankers.add(SourceRankerTraining.train(allBut(rankingExamples, fold)));
            ArticleExtractor extractor = new ArticleExtractor(taggers.get(fold), rankers.get(fold), StatementFilter.acceptingAll(),
                    ConfidenceCalibration.english());
            List<StatementFilterTrainer.Example> filtering = new ArrayList<>();
            for (ExtractionBenchmark.Article article : ExtractionBenchmark.fromCorpus(parts.get(fold))) {
                for (LearnedStatementFinder.Candidate candidate : extractor.unfilteredStatements(article.text())) {
                    if (candidate.content().clause()) {
                        continue;
                    }
                    String text = article.text().substring(candidate.statement().start(), candidate.statement().end());
                    boolean statement = article.statements().stream()
                            .anyMatch(gold -> ExtractionBenchmark.findsStatement(text, gold.key()));
                    filtering.add(new StatementFilterTrainer.Example(candidate.content(), statement));
                }
            }
            filterExamples.add(filtering);
        }
        List<StatementFilter> filters = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            filters.add(StatementFilterTraining.train(allBut(filterExamples, fold)));
        }
        return new HeldOutFolds(parts, taggers, rankingExamples, rankers, filterExamples, filters);
    }

    /**
     * The tagger of a fold, trained, or read from the directory {@code -Dextraction.foldTaggers=DIR} where an earlier
     * run wrote it (to compare variants of what comes after the tagger without training it again).
     */
    private static AttributionTagger tagger(List<AttributionTrainer.Example> examples, int fold) {
        String directory = System.getProperty("extraction.foldTaggers");
        Path cached = directory == null ? null : Path.of(directory, "fold-" + fold + ".bin.gz");
        try {
            if (cached != null && Files.exists(cached)) {
                try (InputStream in = Files.newInputStream(cached)) {
                    return AttributionTagger.read(in);
                }
            }
            AttributionTagger tagger = AttributionTrainer.train(examples, AttributionModelTraining.EPOCHS,
                    AttributionModelTraining.SEED, AttributionModelTraining.MIN_COUNT,
                    AttributionModelTraining.MISSED_PART_COST);
            if (cached != null) {
                Files.createDirectories(cached.getParent());
                try (OutputStream out = Files.newOutputStream(cached)) {
                    tagger.write(out);
                }
            }
            return tagger;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The examples of every part but the one given (-1 for all). */
    static <T> List<T> allBut(List<List<T>> byPart, int fold) {
        List<T> examples = new ArrayList<>();
        for (int other = 0; other < byPart.size(); other++) {
            if (other != fold) {
                examples.addAll(byPart.get(other));
            }
        }
        return examples;
    }
}
