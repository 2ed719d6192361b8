package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Invariants over the sample pages in src/main/resources/samples (raw scraped text). */
class ArticleExtractorTest {

    private static final List<String> SAMPLES = List.of("000_37a0cea256f30053.txt", "001_10dfcf0b65ddf187.txt",
            "002_06944bffa7e5bff6.txt", "003_e73519fd7a8f2d3d.txt", "004_1e436e2645f2009f.txt");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "him", "her", "them");

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void everyClaimIsItsOwnSpanOfTheRawTextWithAResolvedSpeaker() throws IOException {
        for (String sample : SAMPLES) {
            String text = read(sample);
            Extraction extraction = extractor.extract(text);
            assertFalse(extraction.claims().isEmpty(), sample);
            for (ExtractedClaim claim : extraction.claims()) {
                assertEquals(text.substring(claim.start(), claim.end()), claim.text(), sample);
                assertNotNull(claim.speaker(), sample);
                assertFalse(PRONOUNS.contains(claim.speaker().name().toLowerCase()), claim.toString());
                assertTrue(claim.confidence() >= 0 && claim.confidence() <= 1, claim.toString());
                assertNotNull(claim.mode(), claim.toString());
            }
        }
    }

    @Test
    void noSampleStatementIsAHeadlineAMeasureOrWhatSomeoneIsExpectedToDoWhateverTheFilterKeeps() throws IOException {
        ArticleExtractor keepingEveryContent = new ArticleExtractor(AttributionTagger.english(), SourceRanker.english(),
                StatementFilter.acceptingAll(), ConfidenceCalibration.english());
        List<ExtractedClaim> statements = new ArrayList<>();
        for (String sample : SAMPLES) {
            statements.addAll(Claims.statements(keepingEveryContent.extract(read(sample))));
        }

        // "Russian President Vladimir Putin is expected to visit Pyongyang around tomorrow."
        assertTrue(statements.stream().noneMatch(claim -> claim.text().contains("visit Pyongyang around tomorrow")),
                statements.toString());
        // The headline "Kim Jong Un Openly Talks Up 'Necessity' of Russia Military Ties".
        assertTrue(statements.stream().noneMatch(claim -> claim.text().contains("of Russia Military Ties")), statements.toString());
        // "The government plans to set its response level according to the closeness of North Korea-Russia ties."
        assertTrue(statements.stream().noneMatch(claim -> claim.text().contains("the closeness of")), statements.toString());
    }

    @Test
    void noSampleStatementIsTheWritersSentenceAfterAQuotationOrWhatAPassiveCueIsFollowedBy() throws IOException {
        List<ExtractedClaim> statements = new ArrayList<>();
        for (String sample : SAMPLES) {
            statements.addAll(Claims.statements(extractor.extract(read(sample))));
        }

        // "… and added, “Think carefully …” The fact that the South Korean government and China will hold a
        // 'Diplomatic and Security Dialogue' … is also a key point in this week's 'Korean Peninsula diplomatic battle.'"
        assertTrue(statements.stream().noneMatch(claim -> claim.text().contains("is also a key point")), statements.toString());
        // "… the statement by Vice-Chairman Kim Yo-jong …, which was additionally announced on the night the council was
        // held, the policy of placing responsibility on South Korea and the United States has become more solid."
        assertTrue(statements.stream().noneMatch(claim -> claim.text().contains("the night the council was held")),
                statements.toString());
    }

    @Test
    void nullOrEmptyTextGivesNoClaims() {
        assertTrue(extractor.extract(null).claims().isEmpty());
        assertTrue(extractor.extract("").claims().isEmpty());
    }

    @Test
    void concurrentExtractionsGiveTheSameResults() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String sample : SAMPLES) {
            texts.add(read(sample));
        }
        List<Extraction> expected = texts.stream().map(extractor::extract).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Extraction>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> texts.stream().map(extractor::extract).toList()));
            }
            for (Future<List<Extraction>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String read(String sample) throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/samples/" + sample)) {
            assertNotNull(in, sample);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
