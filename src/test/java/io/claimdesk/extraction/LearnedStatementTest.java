package io.claimdesk.extraction;

import static io.claimdesk.extraction.Claims.extract;
import static io.claimdesk.extraction.Claims.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reported statements the shipped attribution tagger finds where no statement rule applies. */
class LearnedStatementTest {

    @Test
    void aCueVerbTheRulesDoNotListReportsTheClauseAfterThat() {
        Extraction extraction = extract("Senator Maria Delgado has long maintained that the tariff would hurt farmers in Iowa.");

        ExtractedClaim claim = statement(extraction, "tariff would hurt");
        assertEquals("the tariff would hurt farmers in Iowa", claim.text());
        assertEquals("Maria Delgado", claim.speaker().name());
        assertEquals("has long maintained", claim.cue());
        assertEquals(SpeechMode.INDIRECT, claim.mode());
    }

    @Test
    void aTrailingCueWithAnAddresseeAttributesTheSentenceBeforeIt() {
        Extraction extraction = extract("The harbor would reopen by March, port officials told the council on Tuesday.");

        ExtractedClaim claim = statement(extraction, "harbor would reopen");
        assertEquals("The harbor would reopen by March", claim.text());
        assertEquals("port officials", claim.speaker().name());
        assertEquals("told", claim.cue());
    }

    @Test
    void aRelativeWordInTheSourceStandsForThePhraseBeforeIt() {
        Extraction extraction = extract("Harbor Action, a group set up to fight the toll plan, took in $2.1 million last "
                + "month, with a roster of donors that shows it has significantly expanded beyond the Lindqvist family, which "
                + "provided the group's early funding.");

        assertEquals("a roster of donors", statement(extraction, "significantly expanded beyond").speaker().name());
    }

    @Test
    void aRelativeWordAfterANameAnywhereInTheSentenceStandsForThatName() {
        Extraction extraction = extract("The plan drew praise from Gov. Hal Brenner of Ohio, who argued that the state had "
                + "added more jobs than any of its neighbors.");

        assertEquals("Hal Brenner", statement(extraction, "added more jobs").speaker().name());
    }

    @Test
    void aPossessivePronounBeforeANounCueStandsForItsPerson() {
        Extraction extraction = extract("Donald Trump spoke to supporters in Cleveland on Monday. Trump’s repeated "
                + "accusations toward Muslims, including his recent call to ban all Muslim immigrants from entering the "
                + "U.S., could galvanize extremists.");

        assertEquals("Donald Trump", statement(extraction, "ban all Muslim immigrants").speaker().name());
    }

    @Test
    void theWordsBeforeASourceAndCueClosingTheSentenceAreWhatTheyReport() {
        Extraction extraction = extract("Party leaders met on Monday.\n\n"
                + "Such a move could alienate the governor's backers in the suburbs, Clinton allies fear.");

        ExtractedClaim claim = statement(extraction, "alienate the governor's backers");
        assertEquals("Such a move could alienate the governor's backers in the suburbs", claim.text());
        assertEquals("Clinton allies", claim.speaker().name());
        assertEquals("fear", claim.cue());
    }

    @Test
    void aNameInThePossessiveWithWhatItOwnsSpeaksAsWrittenWhereverItStands() {
        Extraction extraction = extract("Marco Rubio campaigned in Iowa on Monday.\n\n"
                + "For weeks, Rubio's campaign has sought to temper expectations so that the senator could peak right "
                + "before voting.\n\n"
                + "Mr. Rubio's campaign said the senator would win at least two of the early states.");

        assertEquals("Rubio's campaign", statement(extraction, "temper expectations").speaker().name());
        assertEquals("Mr. Rubio's campaign", statement(extraction, "win at least two").speaker().name());
    }

    @Test
    void theAgentOfAccordingToRunsOnToTheComma() {
        Extraction extraction = extract("In exchange, according to Western assessments, Russia has received North Korean "
                + "rockets and millions of artillery shells, which have been used against Ukraine.");

        ExtractedClaim claim = statement(extraction, "Russia has received");
        assertEquals("Western assessments", claim.speaker().name());
        assertTrue(claim.text().startsWith("Russia has received North Korean rockets"), claim.text());
    }

    @Test
    void whereAndWhenSomethingWasSaidIsNoSpeaker() {
        Extraction extraction = extract("Moreno told Halvorsen that the new bridge was \"a gift to the whole valley\" and that "
                + "the city would cover its cost, the regional Valley Courier News Service said in a Friday release.");

        for (ExtractedClaim claim : Claims.statements(extraction)) {
            assertTrue(claim.speaker() != null && !claim.speaker().name().startsWith("in "), claim.toString());
        }
    }

    @Test
    void aSourceOpeningTheSentenceWithACapitalizedCommonWordSpeaksAsWritten() {
        Extraction extraction = extract("People familiar with the negotiations say the county will sign the water contract "
                + "next month. Sixty percent of those surveyed said the county should spend more on roads.");

        assertEquals("People familiar with the negotiations",
                statement(extraction, "will sign the water contract").speaker().name());
        assertEquals("Sixty percent of those surveyed", statement(extraction, "should spend more on roads").speaker().name());
    }

    @Test
    void aShareOfAGroupWrittenInFiguresSpeaksAsWritten() {
        Extraction extraction = extract("The county held its poll in May. 62 percent of farmers said the new dam would cut "
                + "their water bills by a third.");

        assertEquals("62 percent of farmers", statement(extraction, "would cut their water bills").speaker().name());
    }

    @Test
    void learnedStatementsCarryAConfidenceOfTheirCalibration() {
        Extraction extraction = extract("Governor Ann Blake conceded that the state budget had run a deficit for three years.");

        ExtractedClaim claim = statement(extraction, "state budget had run a deficit");
        assertEquals("Ann Blake", claim.speaker().name());
        double[] probabilities = ConfidenceCalibration.english()
                .steps(ConfidenceCalibration.Finding.LEARNED_STATEMENT).probabilities();
        assertTrue(java.util.Arrays.stream(probabilities).anyMatch(p -> p == claim.confidence()), claim.toString());
    }

    @Test
    void aNounPhraseAfterTheCueIsNoStatement() {
        Extraction extraction = extract("Putin emphasized the North Korea-Russia treaty several times during the summit in Kazan.");

        assertTrue(Claims.statements(extraction).isEmpty(), extraction.claims().toString());
    }

    @Test
    void aTopicAfterACueVerbOfTopicsIsNoStatement() {
        Extraction extraction = extract("The county board met on Tuesday. Senator Ola Brandt mentioned the harbor bridge and "
                + "the winter storms several times, and she talked about the long history of the fishing families.");

        assertTrue(Claims.statements(extraction).isEmpty(), extraction.claims().toString());
    }

    @Test
    void aHeadlineIsNoStatement() {
        Extraction extraction = extract("Senator Brandt Slams Governor Over Costly Harbor Bridge Delays\n\nThe county "
                + "board met on Tuesday to discuss the harbor.");

        assertTrue(Claims.statements(extraction).isEmpty(), extraction.claims().toString());
    }

    @Test
    void aPromiseReportedAsAnInfinitiveIsAStatement() {
        Extraction extraction = extract("The county board met on Tuesday. Senator Ola Brandt vowed to close the harbor toll "
                + "office before the end of the year.");

        ExtractedClaim claim = statement(extraction, "close the harbor toll office");
        assertEquals("to close the harbor toll office before the end of the year", claim.text());
        assertEquals("Ola Brandt", claim.speaker().name());
        assertEquals("vowed", claim.cue());
    }

    @Test
    void theWordsRightAfterAccordingToAreNoStatement() {
        Extraction extraction = extract("The agency's work on the border is changing.\n\nThe government plans to set its "
                + "response level according to the closeness of North Korea-Russia ties. Jang Ho-jin warned the day before.");

        assertTrue(Claims.statements(extraction).stream().noneMatch(claim -> claim.text().contains("closeness")),
                extraction.claims().toString());
    }

    @Test
    void anAccusationReportedWithoutAClauseIsAStatement() {
        Extraction extraction = extract("The county board met on Tuesday. Senator Ola Brandt accused the county board of "
                + "hiding the true cost of the harbor bridge.");

        ExtractedClaim claim = statement(extraction, "hiding the true cost");
        assertEquals("the county board of hiding the true cost of the harbor bridge", claim.text());
        assertEquals("Ola Brandt", claim.speaker().name());
        assertEquals("accused", claim.cue());
    }

    @Test
    void aSourceAndCueBetweenCommasInsideTheContentKeepItWhole() {
        Extraction extraction = extract("The new levy, port officials argued, would drive the last ferry operators out of the town.");

        ExtractedClaim claim = statement(extraction, "ferry operators");
        assertEquals("The new levy, port officials argued, would drive the last ferry operators out of the town", claim.text());
        assertEquals("port officials", claim.speaker().name());
        assertEquals("argued", claim.cue());
    }

    @Test
    void aClauseInThePresentTenseAfterAVerbOfSayingIsAStatement() {
        Extraction extraction = extract("Governor Ann Blake said the state budget needs another round of cuts before the summer.");

        ExtractedClaim claim = statement(extraction, "state budget needs");
        assertEquals("the state budget needs another round of cuts before the summer", claim.text());
        assertEquals("Ann Blake", claim.speaker().name());
    }

    @Test
    void aParticipleAfterAVerbOfSayingIsNoStatement() {
        Extraction extraction = extract("Ola Brandt said speaking to reporters at the harbor on Tuesday.");

        assertTrue(Claims.statements(extraction).isEmpty(), extraction.claims().toString());
    }

    @Test
    void aWordInsideAQuotationIsNobodysSource() {
        Extraction extraction = extract("Meanwhile, according to British iNews, a military aircraft of a Russian special "
                + "flight squadron capable of carrying up to 436 people departed North Korea’s Hwangju Air Force Base on "
                + "the night of the 23rd and arrived in Moscow on the morning of the 24th. iNews reported, “Additional "
                + "troops from North Korea may have been transferred.”");

        assertTrue(extraction.claims().stream().noneMatch(claim -> claim.speaker() != null
                && claim.speaker().name().equals("Additional")), extraction.claims().toString());
    }

    @Test
    void anAdverbAloneIsNoCue() {
        Extraction extraction = extract("The chance is small. If Hungary explicitly states military intervention in "
                + "Serbia, Austria would have justification to supply weapons to Croatia.");

        assertTrue(Claims.statements(extraction).stream().noneMatch(claim -> claim.text().contains("Austria")),
                extraction.claims().toString());
    }

    @Test
    void theWordsAfterAPassiveCueAreNotWhatWasSaid() {
        Extraction extraction = extract("Looking at the statement by Deputy Minister Tomas Berg, which was additionally "
                + "announced on the night the council met, the policy of blaming Lisbon has become firmer.");

        assertTrue(Claims.statements(extraction).isEmpty(), extraction.claims().toString());
    }
}
