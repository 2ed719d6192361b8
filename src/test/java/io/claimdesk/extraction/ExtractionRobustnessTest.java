package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Texts no article is written like, mixed from the pieces the stages look for (cues, quotation marks of every kind,
 * titles, initials, datelines, possessive endings, stray punctuation): extraction must end, without an error, with
 * every claim's text where its offsets say.
 */
class ExtractionRobustnessTest {

    private static final String[] PIECES = {"said", "says", "told", "according to", "Mr.", "Sen.", "Dr.", "J.", "U.S.",
        "“", "”", "\"", "''", "‘", "’", "'", ",", ".", ";", ":", "—", "–", "-", "(", ")", "[", "]", "\n", "\n\n", " ",
        "Ana", "Ruiz", "Maria", "Delgado", "the", "minister", "spokesman", "who", "that", "which", "he", "she", "they",
        "it", "claimed", "added", "12,000", "troops", "$4.8", "million", "percent", "%", "Oct.", "30", "(Yonhap)",
        "SEOUL,", "--", "…", "...", "!", "?", "é", "ß", "中文", "😀", "\t", "\u00a0", "\u200b", "https://x.y/z", "@user",
        "#tag", "Party", "Ministry", "of", "Defense", "said:", "wrote,", "Lind", "Osei", "’s", "'s", "I", "we",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "a", "an", "in", "on", "Jr.", "III", "Inc.", "Corp."};
    private static final int TEXTS = 1300;

    @Test
    void anyMixtureOfArticlePiecesIsExtractedWithClaimsWhereTheirOffsetsSay() {
        ArticleExtractor extractor = new ArticleExtractor();
        Random random = new Random(1);
        // An endless loop fails the test instead of holding the build.
        assertTimeoutPreemptively(Duration.ofMinutes(5), () -> {
            for (int round = 0; round < TEXTS; round++) {
                String text = mixture(random);
                for (ExtractedClaim claim : extractor.extract(text).claims()) {
                    assertTrue(claim.start() >= 0 && claim.start() <= claim.end() && claim.end() <= text.length(),
                            claim.toString());
                    assertEquals(text.substring(claim.start(), claim.end()), claim.text());
                }
            }
        });
    }

    private static String mixture(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(random.nextInt(10) == 0 ? 3000 : 200);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextInt(3) > 0) {
                text.append(' ');
            }
        }
        return text.toString();
    }
}
