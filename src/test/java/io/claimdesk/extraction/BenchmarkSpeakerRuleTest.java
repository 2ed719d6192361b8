package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How the benchmark decides that an extracted speaker is the speaker an annotation names. */
class BenchmarkSpeakerRuleTest {

    @Test
    void aNameWithAnHonorificOrATitleMatchesTheName() {
        assertTrue(ExtractionBenchmark.attributedTo("Mark Kelly", List.of("Mr. Kelly, a retired astronaut")));
        assertTrue(ExtractionBenchmark.attributedTo("Jeh Johnson", List.of("Secretary of Homeland Security Jeh Johnson")));
    }

    @Test
    void aPartyLabelInParenthesesIsNotPartOfTheName() {
        assertTrue(ExtractionBenchmark.attributedTo("Bobby Scott", List.of("Rep. Bobby Scott (D-Va.)")));
        assertTrue(ExtractionBenchmark.attributedTo("Paul Ryan", List.of("Speaker of the House Rep. Paul Ryan (R-WI)")));
        assertTrue(ExtractionBenchmark.attributedTo("Jim Smith", List.of("Sen. Smith (R-Ohio)")));
    }

    @Test
    void aNameStandingAsTheAppositiveOfADescriptionMatches() {
        assertTrue(ExtractionBenchmark.attributedTo("Jake Miller", List.of("her senior policy adviser, Jake Miller,")));
    }

    @Test
    void aSurnameFollowedByAnAppositiveMatchesTheFullName() {
        assertTrue(ExtractionBenchmark.attributedTo("Joe Biden", List.of("Biden, who served as a senator for 36 years")));
        assertTrue(ExtractionBenchmark.attributedTo("Ann Lee", List.of("Lee, an Obama supporter,")));
    }

    @Test
    void aNameFollowedByAnOfPhraseMatches() {
        assertTrue(ExtractionBenchmark.attributedTo("Ann Lee", List.of("Gov. Ann Lee of Iowa, a Republican who backs nobody")));
        assertTrue(ExtractionBenchmark.attributedTo("Tom Berg", List.of("Mr. Berg of the Budget Policy Center")));
        assertTrue(ExtractionBenchmark.attributedTo("Tom J. Berg",
                List.of("another leading advocate, Tom J. Berg of the law firm Berg Brown")));
        assertFalse(ExtractionBenchmark.attributedTo("Ann Lee", List.of("the spokesman of Ann Lee’s campaign")));
        assertFalse(ExtractionBenchmark.attributedTo("Ann Lee", List.of("A man who accused Ann Lee of fraud")));
        assertFalse(ExtractionBenchmark.attributedTo("County Supervisor",
                List.of("County Supervisor of Elections Ann Lee")));
    }

    @Test
    void aProfessorOrAMayorNamedBySurnameMatches() {
        assertTrue(ExtractionBenchmark.attributedTo("Ruth Alder", List.of("Professor Alder")));
        assertTrue(ExtractionBenchmark.attributedTo("Ruth Alder", List.of("Mayor Alder")));
    }

    @Test
    void aNameUsedAsAModifierOrInAnotherPersonsAppositiveDoesNotMatch() {
        assertFalse(ExtractionBenchmark.attributedTo("Hillary Clinton", List.of("Hillary Clinton’s right-hand woman")));
        assertFalse(ExtractionBenchmark.attributedTo("Donald Trump", List.of("a Donald Trump campaign hat")));
        assertFalse(ExtractionBenchmark.attributedTo("Donald Trump",
                List.of("Republican Rep. Lee Zeldin of New York, a Trump supporter,")));
        assertFalse(ExtractionBenchmark.attributedTo("Ann Lee", List.of("the senator, who met Lee,")));
        assertFalse(ExtractionBenchmark.attributedTo("Ann Lee", List.of("lee, the river")));
    }
}
