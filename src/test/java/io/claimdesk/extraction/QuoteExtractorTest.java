package io.claimdesk.extraction;

import static io.claimdesk.extraction.Claims.extract;
import static io.claimdesk.extraction.Claims.quote;
import static io.claimdesk.extraction.Claims.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuoteExtractorTest {

    @Test
    void curlyQuoteSplitAroundCueIsOneQuoteOfOneSpeaker() {
        Extraction extraction = extract("Mayor Linda Ostrowski spoke at the harbor on Monday.\n\n"
                + "“The new pier will open in the spring,” she said. “We have waited for it far too long.”");

        ExtractedClaim first = quote(extraction, "The new pier will open");
        ExtractedClaim second = quote(extraction, "We have waited");
        assertEquals("Linda Ostrowski", first.speaker().name());
        assertEquals("Linda Ostrowski", second.speaker().name());
        assertEquals("said", first.cue());
        assertEquals(SpeechMode.DIRECT, first.mode());
        assertEquals("The new pier will open in the spring,", first.text());
    }

    @Test
    void aQuoteFollowedByAccordingToAtTheEndOfTheArticleIsStillExtracted() {
        Extraction extraction = extract("The mayor spoke last. “The bridge will open in May and cost less,” according to ");

        assertEquals("The bridge will open in May and cost less,", quote(extraction, "bridge will open").text());
    }

    @Test
    void speakerBeforeQuoteWithCommaIsAttributed() {
        Extraction extraction = extract("Harold Venn, a lawyer for the tenants, said, \"The landlord ignored every repair request.\"");

        ExtractedClaim claim = quote(extraction, "The landlord ignored");
        assertEquals("Harold Venn", claim.speaker().name());
        assertEquals("a lawyer for the tenants", claim.speaker().description());
    }

    @Test
    void invertedCueAfterQuoteNamesTheSpeaker() {
        Extraction extraction = extract("“Nobody expected the river to rise this fast,” said Priya Natarajan, a county engineer.");

        ExtractedClaim claim = quote(extraction, "Nobody expected");
        assertEquals("Priya Natarajan", claim.speaker().name());
        assertEquals("said", claim.cue());
        assertEquals("a county engineer", claim.speaker().description());
    }

    @Test
    void speakerThenCueAfterQuoteIsAttributed() {
        Extraction extraction = extract("\"We will appeal the ruling next week,\" Tomas Becker said on Friday.");

        assertEquals("Tomas Becker", quote(extraction, "We will appeal").speaker().name());
    }

    @Test
    void speakerSaidThatBeforeQuoteIsAttributed() {
        Extraction extraction = extract("Olivia Hart said that “the budget leaves no room for new teachers this year.”");

        assertEquals("Olivia Hart", quote(extraction, "the budget leaves no room").speaker().name());
    }

    @Test
    void toldAddresseeBelongsToTheCue() {
        Extraction extraction = extract("Farmer Ruth Okafor told Coastal Radio that “the drought has already cost us half the harvest.”");

        ExtractedClaim claim = quote(extraction, "the drought has already");
        assertEquals("Ruth Okafor", claim.speaker().name());
        assertEquals("told Coastal Radio", claim.cue());
    }

    @Test
    void partialQuotationInsideReportedSpeechIsMixed() {
        Extraction extraction = extract("Dennis Marlow told reporters that the council was “acting in complete bad faith” over the plan.");

        ExtractedClaim claim = quote(extraction, "acting in complete bad faith");
        assertEquals("Dennis Marlow", claim.speaker().name());
        assertEquals(SpeechMode.MIXED, claim.mode());
    }

    @Test
    void continuedColonParagraphIntroducesTheNextQuotedParagraph() {
        Extraction extraction = extract("Economist Sarah Lindqvist wrote in a column that rates would fall.\n\n"
                + "Lindqvist continued:\n\n"
                + "\"Households should not expect relief before the second half of the year.\"");

        ExtractedClaim claim = quote(extraction, "Households should not expect");
        assertEquals("Sarah Lindqvist", claim.speaker().name());
        assertEquals("continued", claim.cue());
    }

    @Test
    void quotationRunningOverParagraphsKeepsItsSpeaker() {
        Extraction extraction = extract("Coach Martin Alvarez spoke after the match.\n\n"
                + "“We lost our shape in the second half and never found it again.\n\n"
                + "“Next week we start again from the basics,” Alvarez said.");

        assertEquals("Martin Alvarez", quote(extraction, "We lost our shape").speaker().name());
        assertEquals("Martin Alvarez", quote(extraction, "Next week we start").speaker().name());
    }

    @Test
    void twoApostrophesMarkAQuotationAsDoubleMarksDo() {
        Extraction extraction = extract("Coach Martin Alvarez spoke after the match.\n\n"
                + "''We lost our shape in the second half and couldn't find it again,'' Mr. Alvarez said. "
                + "''Next week we start again from the basics.''\n\n"
                + "''The players know what went wrong.''");

        ExtractedClaim first = quote(extraction, "We lost our shape");
        assertEquals("We lost our shape in the second half and couldn't find it again,", first.text());
        assertEquals("Martin Alvarez", first.speaker().name());
        assertEquals("said", first.cue());
        assertEquals(SpeechMode.DIRECT, first.mode());
        assertEquals("Next week we start again from the basics.", quote(extraction, "Next week").text());
        assertEquals("Martin Alvarez", quote(extraction, "Next week").speaker().name());
        assertEquals("Martin Alvarez", quote(extraction, "The players know").speaker().name());
    }

    @Test
    void twoApostrophesAfterANumberAreInchesNotAQuotation() {
        Extraction extraction = extract("Store manager Kim Ode said the shop sold every 55'' television it had this week. "
                + "\"We will order more before the holidays,\" she said.");

        assertEquals("Kim Ode", quote(extraction, "We will order more").speaker().name());
        assertTrue(extraction.claims().stream().noneMatch(claim -> claim.kind() == FindingKind.QUOTE
                && claim.text().contains("television")));
    }

    @Test
    void singleCurlyQuotationIsAClaimButApostrophesAreNot() {
        Extraction extraction = extract("Minister Anton Delacroix said, ‘The farmers’ union has accepted our offer in full.’");

        ExtractedClaim claim = quote(extraction, "has accepted our offer");
        assertEquals("The farmers’ union has accepted our offer in full.", claim.text());
        assertEquals("Anton Delacroix", claim.speaker().name());
    }

    @Test
    void shortScareQuotesAndTitlesOfWorksAreNotClaims() {
        Extraction extraction = extract("Critic Jonah Pell called the plan a ‘game changer’ and praised the film “Silent River Rising” "
                + "before the premiere.");

        assertTrue(quotes(extraction).isEmpty(), quotes(extraction).toString());
    }

    @Test
    void threeWordsWithAContractionAreAClaimAndATitleIsNot() {
        Extraction extraction = extract("Critic Jonah Pell reviewed the film \u201cHere\u2019s the Thing\u201d before the premiere."
                + "\n\n\u201cShe\u2019s a fake,\u201d Pell said.");

        assertEquals("Jonah Pell", quote(extraction, "a fake").speaker().name());
        assertEquals(1, quotes(extraction).size(), quotes(extraction).toString());
    }

    @Test
    void headlineColonNamesTheSpeakerOfTheDeckQuote() {
        Extraction extraction = extract("Lindgren: Talks will resume after the summer\n"
                + "Claimed, “Both sides have agreed to meet again in Geneva in September.”\n\n"
                + "Swedish envoy Karl Lindgren briefed reporters on Tuesday.");

        assertEquals("Karl Lindgren", quote(extraction, "Both sides have agreed").speaker().name());
    }

    @Test
    void quotationFollowedByAccordingToIsAttributedToTheSource() {
        Extraction extraction = extract("\"The reservoir is at its lowest level since 1976,\" according to hydrologist Mei Tanaka.");

        ExtractedClaim claim = quote(extraction, "The reservoir is at");
        assertEquals("Mei Tanaka", claim.speaker().name());
        assertEquals("according to", claim.cue());
    }

    @Test
    void accordingToADocumentAttributesToWhoIssuedIt() {
        Extraction extraction = extract("“All flights will resume by Thursday evening,” according to a statement from "
                + "the Civil Aviation Authority.");

        ExtractedClaim claim = quote(extraction, "All flights will resume");
        assertEquals("Civil Aviation Authority", claim.speaker().name());
    }

    @Test
    void singleQuotedQuotationsAroundTheirCueKeepOneSpeaker() {
        Extraction extraction = extract("‘There is no room for complacency,’ Minister Han Ji-ho told lawmakers. "
                + "‘We are watching the border day and night.’");

        assertEquals("Han Ji-ho", quote(extraction, "no room for complacency").speaker().name());
        assertEquals("Han Ji-ho", quote(extraction, "watching the border").speaker().name());
        assertEquals("told lawmakers", quote(extraction, "no room for complacency").cue());
    }

    @Test
    void participleHangsOnTheSubjectOfItsClause() {
        Extraction extraction = extract("Governor Alma Reyes criticized the agency on Monday, saying, "
                + "“Nobody there answered a single call during the flood.”");

        ExtractedClaim claim = quote(extraction, "Nobody there answered");
        assertEquals("Alma Reyes", claim.speaker().name());
        assertEquals("saying", claim.cue());
    }

    @Test
    void newSentenceAfterAQuotationIntroducesTheNextOne() {
        Extraction extraction = extract("Professor Ivan Petrov said, “The reform came ten years too late.” "
                + "Senator Claire Dubois replied, “Better late than never for the pensioners.”");

        assertEquals("Ivan Petrov", quote(extraction, "The reform came").speaker().name());
        assertEquals("Claire Dubois", quote(extraction, "Better late than never").speaker().name());
    }

    @Test
    void exclaimedQuotationTakesTheLongerSubjectOfTheCueAfterIt() {
        Extraction extraction = extract("“What a year for our harbor!” the mayor's niece, council member Ada Lind, shouted to the crowd.");

        ExtractedClaim claim = quote(extraction, "What a year");
        assertEquals("Ada Lind", claim.speaker().name());
        assertEquals("shouted", claim.cue());
    }

    @Test
    void asSomeonePutItIntroducesTheQuotation() {
        Extraction extraction = extract("As Governor Alma Reyes put it: “The levees were built for a smaller river.”");

        ExtractedClaim claim = quote(extraction, "The levees were built");
        assertEquals("Alma Reyes", claim.speaker().name());
        assertEquals("put it", claim.cue());
    }

    @Test
    void saidOnlyIntroducesADirectQuotation() {
        Extraction extraction = extract("Asked about the merger, Director Ruth Albers said only: “We will see what the board decides.”");

        ExtractedClaim claim = quote(extraction, "We will see");
        assertEquals("Ruth Albers", claim.speaker().name());
        assertEquals(SpeechMode.DIRECT, claim.mode());
    }

        @Test
    void addresseeWithANumberKeepsItsThousandsSeparator() {
        Extraction extraction = extract("“This town deserves better,” Mayor Ben Ochs told 5,000 supporters.");

        assertEquals("told 5,000 supporters", quote(extraction, "This town deserves").cue());
    }

    @Test
    void transcriptLabelsNameTheSpeakers() {
        Extraction extraction = extract("Host Dana Whitfield interviewed Senator Paul Greer.\n\n"
                + "\"WHITFIELD: Will you support the bill when it reaches the floor next week?\n\n"
                + "\"GREER: I will vote for it, and so will most of my colleagues.\"");

        ExtractedClaim answer = quote(extraction, "I will vote for it");
        assertEquals("Paul Greer", answer.speaker().name());
        assertTrue(answer.text().startsWith("I will vote"), answer.text());
        assertEquals("Dana Whitfield", quote(extraction, "Will you support").speaker().name());
    }
}
