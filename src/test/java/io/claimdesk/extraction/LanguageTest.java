package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class LanguageTest {

    private final Language english = Language.forCode("en");

    @Test
    void englishLoadsItsWordListsAndNamedPatterns() {
        assertEquals("en", english.code);
        assertTrue(english.titles.contains("senator"));
        assertTrue(english.placeWords.contains("pyongyang"));
        assertEquals("sen", english.titleAbbreviations.get("senator"));
        assertTrue(english.isAttributionWord("according"));
        assertTrue(english.pattern("reporting-verb").matcher("the minister believes it").find());
        assertTrue(english.containsCue("as Lind told reporters"));
    }

    @Test
    void aDotEndsASentenceAfterAWordButNotAfterAnAbbreviationOrInitials() {
        assertTrue(english.endsSentence("president."));
        assertTrue(english.endsSentence("NATO."));
        assertFalse(english.endsSentence("Oct."));
        assertFalse(english.endsSentence("Rep."));
        assertFalse(english.endsSentence("J."));
        assertFalse(english.endsSentence("U.S."));
        assertFalse(english.endsSentence("president"));
    }

    @Test
    void anUnknownCodeFallsBackToEnglish() {
        assertSame(english, Language.forCode("xx"));
        assertSame(english, Language.forCode("../en"));
        assertSame(english, Language.forCode(null));
        assertSame(english, Language.forCode("EN"));
        assertSame(english, Language.english());
    }

    @Test
    void aListInAPatternIsTriedInFileOrder() {
        // "pointed out" stands before "pointed" in cue-verbs.txt.
        Matcher cue = english.cueVerb.matcher("Lind pointed out that the bill was late.");
        assertTrue(cue.find());
        assertEquals("pointed out", cue.group());
    }

    @Test
    void contentsWithAFiniteNegatedContractedOrPastVerbAreClauses() {
        assertTrue(english.looksLikeClause(List.of("the", "plan", "won’t", "pass")));
        assertTrue(english.looksLikeClause(List.of("they’re", "ready")));
        assertTrue(english.looksLikeClause(List.of("the", "council", "approved", "it")));
        assertTrue(english.looksLikeClause(List.of("whether", "taxes", "rise")));
        assertFalse(english.looksLikeClause(List.of("the", "accused", "man")));
        assertFalse(english.looksLikeClause(List.of("to", "expect", "long", "queues")));
    }

    @Test
    void aPatternTheResourcesDoNotNameIsAnError() {
        assertThrows(IllegalStateException.class, () -> english.pattern("no-such-pattern"));
    }

    @Test
    void englishIsToldByItsFunctionWordsAndOtherTextByNone() {
        assertTrue(Language.detectable().contains(english));
        String englishText = "The council said that the bridge was closed for repairs and is expected to reopen in the"
                + " spring with new lanes.";
        String germanText = "Der Rat hat gesagt, dass die Brücke wegen Reparaturen gesperrt sei und im Frühjahr mit"
                + " neuen Spuren wieder öffnen solle.";
        assertEquals("en", MetadataReader.language(List.of(new Paragraph(0, 0, englishText.length(), englishText, false))));
        assertNull(MetadataReader.language(List.of(new Paragraph(0, 0, germanText.length(), germanText, false))));
    }

    @Test
    void monthsAndFigureWordsComeFromTheResources() {
        assertEquals(12, english.months.size());
        assertEquals(8, english.months.indexOf("sep"));
        assertEquals(List.of("thousand", "million", "billion", "trillion"), english.scaleWords);
        assertTrue(english.percentWords.contains("per cent"));
        assertEquals("according to", english.accordingToCue);
    }
}
