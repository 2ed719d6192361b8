package io.claimdesk.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuoteAnchoringTest {

    private static final String TEXT = "He said, “The war will end.” Later he said, “The war will end.” Nobody believed him.";

    @Test
    void anchorsAUniqueQuoteWithItsContext() {
        TextQuote quote = QuoteAnchoring.anchor(TEXT, "Nobody believed", null, null, null).orElseThrow();
        assertEquals(TEXT.indexOf("Nobody"), quote.start());
        assertEquals(quote.start() + "Nobody believed".length(), quote.end());
        assertEquals("Nobody believed", quote.exact());
        assertEquals(TEXT.substring(quote.start() - 32, quote.start()), quote.prefix());
        assertEquals(" him.", quote.suffix());
    }

    @Test
    void firstOccurrenceWinsWithoutHints() {
        TextQuote quote = QuoteAnchoring.anchor(TEXT, "The war will end.", null, null, null).orElseThrow();
        assertEquals(TEXT.indexOf("The war"), quote.start());
    }

    @Test
    void prefixChoosesTheLaterOccurrence() {
        TextQuote quote = QuoteAnchoring.anchor(TEXT, "The war will end.", "Later he said, “", null, null).orElseThrow();
        assertEquals(TEXT.lastIndexOf("The war"), quote.start());
    }

    @Test
    void suffixChoosesTheLaterOccurrence() {
        TextQuote quote = QuoteAnchoring.anchor(TEXT, "The war will end.", null, "” Nobody", null).orElseThrow();
        assertEquals(TEXT.lastIndexOf("The war"), quote.start());
    }

    @Test
    void startHintChoosesTheNearestOccurrence() {
        TextQuote quote = QuoteAnchoring.anchor(TEXT, "The war will end.", null, null, TEXT.length()).orElseThrow();
        assertEquals(TEXT.lastIndexOf("The war"), quote.start());
    }

    @Test
    void contextOutweighsAWrongStartHint() {
        TextQuote quote = QuoteAnchoring.anchor(TEXT, "The war will end.", "Later he said, “", null, 0).orElseThrow();
        assertEquals(TEXT.lastIndexOf("The war"), quote.start());
    }

    @Test
    void straightQuotesAndCollapsedSpacesMatchTheVerbatimText() {
        String text = "Officials called it a ‘strong   stance’ —\nand moved on.";
        TextQuote quote = QuoteAnchoring.anchor(text, "a 'strong stance' - and moved", null, null, null).orElseThrow();
        assertEquals("a ‘strong   stance’ —\nand moved", quote.exact());
        assertEquals(text.indexOf("a ‘strong"), quote.start());
    }

    @Test
    void caseDifferencesStillAnchor() {
        TextQuote quote = QuoteAnchoring.anchor(TEXT, "NOBODY BELIEVED HIM", null, null, null).orElseThrow();
        assertEquals("Nobody believed him", quote.exact());
    }

    @Test
    void aQuoteTheTextDoesNotContainIsNotAnchored() {
        assertTrue(QuoteAnchoring.anchor(TEXT, "The war is over.", null, null, null).isEmpty());
        assertTrue(QuoteAnchoring.anchor(TEXT, "   ", null, null, null).isEmpty());
    }

    @Test
    void contextIsCutAtTheEdgesOfTheText() {
        TextQuote quote = QuoteAnchoring.at("short text", 0, 5);
        assertEquals("", quote.prefix());
        assertEquals(" text", quote.suffix());
    }
}
