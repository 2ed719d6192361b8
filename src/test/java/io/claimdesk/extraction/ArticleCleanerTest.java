package io.claimdesk.extraction;

import static io.claimdesk.extraction.Claims.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {

    @Test
    void pageFurnitureIsMarked() {
        List<String> furniture = List.of("Home » Sports » Football", "Leave a Comment", "You may also like",
                "This site uses Akismet to reduce spam.", "© 2024 Example Media. All rights reserved.",
                "Disclaimer: The views expressed here are the author's own.", "Share on Facebook", "본문 바로가기",
                "Related Article", "Join us on social!", "\"Follow Jane Doe on Twitter @janedoe.\"");
        for (String line : furniture) {
            assertTrue(ArticleCleaner.isFurniture(line), line);
        }
    }

    @Test
    void bodySentencesAreNotFurniture() {
        assertFalse(ArticleCleaner.isFurniture("The mayor said the bridge will reopen on Monday after repairs."));
        assertFalse(ArticleCleaner.isFurniture("Caddell continued:"));
        assertFalse(ArticleCleaner.isFurniture("Full text of the speech is below."));
    }

    @Test
    void sectionLabelsOfNewsArchivesAreFurniture() {
        for (String line : List.of("ABSTRACT.", "FULL TEXT.", "CORRECTION APPENDED.")) {
            assertTrue(ArticleCleaner.isFurniture(line), line);
        }
    }

    @Test
    void repeatedCaptionIsFurnitureTheSecondTime() {
        String caption = "Rescue workers search the rubble of the collapsed school in the northern district.";
        List<Paragraph> paragraphs = new ArticleCleaner().split(caption + "\n\nBody text of the story goes here today.\n\n" + caption);

        assertFalse(paragraphs.get(0).furniture());
        assertTrue(paragraphs.get(2).furniture());
    }

    @Test
    void quotesInFurnitureYieldNoClaims() {
        Extraction extraction = extract("Council approves eastern tram extension\n\n"
                + "Disclaimer: \"The opinions in this article do not reflect the views of the publisher,\" the editors said.\n"
                + "Leave a Comment");

        assertEquals(List.of(), extraction.claims());
    }
}
